// The body editor (正文): TinyMCE from the WebJar, on every textarea marked data-rich-text; and a warning
// before a form marked data-unsaved-warning (sending on) is submitted while the body has unsaved edits.
// Loaded as a file because the Content-Security-Policy allows no inline script. The server sanitizes
// whatever arrives, so the editor's own filtering is a convenience, not the safeguard.
(function () {
  'use strict';
  if (!window.tinymce) {
    return; // without the editor the textarea still works as plain HTML input
  }
  var chinese = (document.documentElement.lang || '').indexOf('zh') === 0;
  // the language pack lies beside this script (js/tinymce/langs/, see its README); TinyMCE itself speaks English
  var here = document.currentScript ? document.currentScript.src : '';
  window.tinymce.init({
    selector: 'textarea[data-rich-text]',
    license_key: 'gpl',
    language: chinese ? 'zh_CN' : 'en',
    language_url: chinese ? here.replace(/rich-text\.js(\?.*)?$/, 'tinymce/langs/zh_CN.js') : undefined,
    promotion: false,
    branding: false,
    menubar: false,
    statusbar: true,
    elementpath: false,
    plugins: 'lists table searchreplace wordcount',
    toolbar: 'undo redo | bold italic underline strikethrough | alignleft aligncenter alignright | '
      + 'bullist numlist | table | searchreplace',
    height: 480,
    min_height: 300,
    // the body allows no images, styles or foreign links (see platform.RichText); keep the editor in line with it
    paste_data_images: false,
    invalid_elements: 'img,script,style,iframe,object,embed',
    content_style: chinese
      ? 'body { font-family: "FangSong", "STFangsong", "仿宋", serif; font-size: 16pt; line-height: 1.8; }'
      : 'body { font-size: 12pt; line-height: 1.6; }',
    setup: function (editor) {
      editor.on('init', function () { editor.savedContent = editor.getContent(); });
      // keep the textarea current, so a plain form submit always carries the edited body
      editor.on('change input undo redo', function () { editor.save(); });
    }
  });

  document.addEventListener('submit', function (event) {
    var warning = event.target.getAttribute('data-unsaved-warning');
    var unsaved = window.tinymce.get().some(function (editor) {
      return editor.savedContent !== undefined && editor.getContent() !== editor.savedContent;
    });
    if (warning && unsaved && !window.confirm(warning)) {
      event.preventDefault();
    }
  });
})();
