// rasd map page: the points of /api/map on Leaflet. An offline base (a 10° graticule and
// Natural Earth's land outline, shipped in static/) is always drawn under the tiles, so the
// points stay on a readable map when the tile server cannot be reached; tiles that fail
// before any has loaded are taken off and a note says so.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("map-data").textContent);
  var map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 18 });
  map.attributionControl.setPrefix(
    '<a href="https://leafletjs.com" title="Leaflet (BSD-2-Clause)">Leaflet</a>'
  );
  var base = L.layerGroup().addTo(map);
  var line = { color: "#b8c4cf", weight: 1, interactive: false };
  for (var lat = -80; lat <= 80; lat += 10) {
    L.polyline([[lat, -180], [lat, 180]], line).addTo(base);
  }
  for (var lon = -180; lon <= 180; lon += 10) {
    L.polyline([[-85, lon], [85, lon]], line).addTo(base);
  }
  fetch(document.getElementById("map").dataset.outline)
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (outline) {
      if (!outline) { return; }
      L.geoJSON(outline, {
        interactive: false,
        attribution: "land: Natural Earth",
        style: { color: "#7f8c8d", weight: 1, fillColor: "#e9e4d4", fillOpacity: 1 },
      }).addTo(base);
      base.eachLayer(function (l) { if (l.bringToBack) { l.bringToBack(); } });
    })
    .catch(function () { /* the graticule alone still places the points */ });

  var note = document.getElementById("map-note");
  function offline() {
    note.hidden = false;
    document.getElementById("map").classList.add("offline");
  }
  if (config.tiles) {
    var tiles = L.tileLayer(config.tiles, { attribution: config.attribution, maxZoom: 18 });
    var loaded = 0;
    tiles.on("tileload", function () { loaded += 1; });
    tiles.on("tileerror", function () {
      if (loaded === 0 && map.hasLayer(tiles)) {
        map.removeLayer(tiles);
        offline();
      }
    });
    tiles.addTo(map);
  } else {
    offline();
  }

  function popup(point) {
    var box = document.createElement("div");
    box.className = "popup";
    box.dir = "rtl";
    var title = document.createElement("b");
    title.textContent = point.name_ar || point.name;
    box.appendChild(title);
    var count = document.createElement("div");
    count.className = "popup-count";
    count.textContent = point.count + (config.type ? " حدثًا" : " ذكرًا") +
      " في " + point.article_count + " مقالًا";
    box.appendChild(count);
    var types = Object.keys(point.events);
    if (types.length) {
      var ev = document.createElement("div");
      ev.className = "popup-events";
      ev.textContent = types.map(function (t) { return t + " " + point.events[t]; }).join(" · ");
      box.appendChild(ev);
    }
    var list = document.createElement("ul");
    point.articles.forEach(function (a) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "/article/" + a.id;
      link.textContent = a.title || ("مقال " + a.id);
      item.appendChild(link);
      if (a.published) {
        var when = document.createElement("span");
        when.className = "meta";
        when.textContent = " " + a.published.slice(0, 10);
        item.appendChild(when);
      }
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  var most = 1;
  config.points.forEach(function (p) { most = Math.max(most, p.count); });
  var points = L.featureGroup().addTo(map);
  config.points.forEach(function (p) {
    L.circleMarker([p.lat, p.lon], {
      radius: 5 + 10 * Math.sqrt(p.count / most),
      color: "#c0392b",
      weight: 2,
      fillColor: "#e74c3c",
      fillOpacity: 0.7,
      className: "rasd-point",
    })
      .bindTooltip((p.name_ar || p.name) + " (" + p.count + ")")
      .bindPopup(popup(p))
      .addTo(points);
  });
  if (config.points.length) {
    map.fitBounds(points.getBounds().pad(0.3), { maxZoom: 7 });
  } else {
    map.setView([25, 40], 3);
  }
  window.rasdMap = map;
})();
