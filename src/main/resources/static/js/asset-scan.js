// 盘点: scans asset labels with the phone's camera where the browser has BarcodeDetector and sends the code as the
// scan form would; without it the page's photo form (the server reads the QR code) or the number typed remain.
(function () {
  'use strict';
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices) {
    return;
  }
  const button = document.getElementById('start-camera');
  const video = document.getElementById('camera');
  if (!button || !video) {
    return;
  }
  button.classList.remove('d-none');
  button.addEventListener('click', async function () {
    const detector = new window.BarcodeDetector({formats: ['qr_code']});
    video.srcObject = await navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}});
    video.classList.remove('d-none');
    await video.play();
    const look = async function () {
      const codes = await detector.detect(video).catch(function () { return []; });
      if (codes.length > 0) {
        document.getElementById('code').value = codes[0].rawValue;
        document.getElementById('scan-form').submit();
        return;
      }
      window.requestAnimationFrame(look);
    };
    look();
  });
})();
