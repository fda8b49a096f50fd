// Charts and the region map of the statistics pages and the dashboard, drawn by ECharts from data-* attributes
// (the content security policy allows no inline script). Clicking a bar or a region opens the records behind it.
(function () {
  'use strict';

  function ready(fn) {
    if (document.readyState !== 'loading') {
      fn();
    } else {
      document.addEventListener('DOMContentLoaded', fn);
    }
  }

  // only our own pages: a link is a path on this site
  function go(link) {
    if (typeof link === 'string' && link.charAt(0) === '/' && link.charAt(1) !== '/') {
      window.location.assign(link);
    }
  }

  // tooltips are HTML: every text from the record is escaped
  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function bars(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = echarts.init(el, null, {renderer: 'svg'});
    var category = {type: 'category', data: data.labels, axisLabel: {hideOverlap: true}};
    var value = {type: 'value', minInterval: 1};
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: function (points) {
        return escape(points[0].name) + points.map(function (p) {
          return '<br>' + escape(p.seriesName) + ': ' + escape(p.value);
        }).join('');
      }},
      legend: data.series.length > 1 ? {top: 0} : {show: false},
      grid: {left: 10, right: 20, top: data.series.length > 1 ? 30 : 10, bottom: 10, containLabel: true},
      xAxis: data.time ? category : value,
      yAxis: data.time ? value : Object.assign({inverse: true}, category),
      series: data.series.map(function (s) {
        return {name: s.name, type: 'bar', data: s.values};
      })
    });
    chart.on('click', function (p) {
      go(data.series[p.seriesIndex].links[p.dataIndex]);
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function map(el) {
    var areas = JSON.parse(el.getAttribute('data-map'));
    fetch(el.getAttribute('data-geo'), {credentials: 'same-origin'})
      .then(function (response) { return response.json(); })
      .then(function (geo) {
        echarts.registerMap('kazakhstan', geo);
        var max = areas.reduce(function (m, a) { return Math.max(m, a.value); }, 1);
        var chart = echarts.init(el, null, {renderer: 'svg'});
        chart.setOption({
          animation: false,
          tooltip: {trigger: 'item', formatter: function (p) {
            return p.data && p.data.detail ? escape(p.data.detail) : '0';
          }},
          visualMap: {min: 0, max: max, left: 'left', bottom: 0, calculable: false, itemHeight: 80,
            inRange: {color: ['#eef3f8', '#0b3c6e']}},
          series: [{type: 'map', map: 'kazakhstan', roam: false, label: {show: false},
            emphasis: {label: {show: false}},
            data: areas.map(function (a) {
              return {name: a.name, value: a.value, detail: a.label, link: a.link};
            })}]
        });
        chart.on('click', function (p) {
          if (p.data) {
            go(p.data.link);
          }
        });
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }

  ready(function () {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll('.chart[data-chart]').forEach(bars);
    document.querySelectorAll('.map[data-map]').forEach(map);
  });
})();
