// 日程: the day, week and month views of /calendar (FullCalendar from WebJars). The server sends local times of the
// application's zone without an offset; the widget runs in UTC so that it shows them as they are, whatever the
// browser's own zone, and "now" is the server's. Titles are set as text (FullCalendar never renders them as HTML).
document.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('calendar');
  if (!element || !window.FullCalendar) {
    return;
  }
  const data = element.dataset;
  const newUrl = data.new;
  const zh = (data.locale || 'zh').startsWith('zh');
  const calendar = new FullCalendar.Calendar(element, {
    timeZone: 'UTC',
    locale: zh ? 'zh-cn' : 'en',
    initialView: data.view || 'timeGridWeek',
    initialDate: data.date,
    now: data.now,
    firstDay: 1,
    height: 'auto',
    nowIndicator: true,
    navLinks: true,
    dayMaxEvents: true,
    slotMinTime: '06:00:00',
    slotMaxTime: '23:00:00',
    scrollTime: '08:00:00',
    // the icon font is a data: URL, which the content security policy does not load: plain arrows instead
    buttonIcons: false,
    buttonText: {prev: '‹', next: '›'},
    headerToolbar: {left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,timeGridDay,listWeek'},
    events: {url: data.events, startParam: 'start', endParam: 'end'},
    selectable: !!newUrl,
    selectMirror: true,
    select: info => {
      const query = new URLSearchParams({start: info.startStr, end: info.endStr, allDay: String(info.allDay)});
      window.location.href = newUrl + '?' + query.toString();
    },
    eventDidMount: info => {
      info.el.setAttribute('title', info.event.title);
      info.el.dataset.entry = info.event.id;
    }
  });
  calendar.render();
  const week = document.getElementById('week-list');
  if (week) {
    week.classList.add('d-none');
  }
});

// the entry form: times only for entries that are not all day, weekdays only for weekly repeats
document.addEventListener('DOMContentLoaded', () => {
  const allDay = document.getElementById('allDay');
  const repeat = document.getElementById('repeat');
  const sync = () => {
    if (allDay) {
      document.querySelectorAll('.zt-time').forEach(el => el.classList.toggle('d-none', allDay.checked));
    }
    if (repeat) {
      document.querySelectorAll('.zt-repeat').forEach(el => el.classList.toggle('d-none', repeat.value === 'NONE'));
      document.querySelectorAll('.zt-weekly').forEach(el => el.classList.toggle('d-none', repeat.value !== 'WEEKLY'));
    }
  };
  if (allDay) {
    allDay.addEventListener('change', sync);
  }
  if (repeat) {
    repeat.addEventListener('change', sync);
  }
  sync();
});
