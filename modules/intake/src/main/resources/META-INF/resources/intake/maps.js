/* Evidentia maps: a case's incidents, and a point picker for an incident's coordinates.
   Configured by data attributes; works (markers, typing coordinates) when no tiles load. */
(function () {
  "use strict";

  function addTiles(map, el) {
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution || "" }).addTo(map);
    }
  }

  function caseMap(el) {
    if (el.evMap || typeof L === "undefined") {
      return;
    }
    var points = JSON.parse(el.dataset.points || "[]");
    var map = L.map(el);
    el.evMap = map;
    addTiles(map, el);
    var bounds = [];
    points.forEach(function (p) {
      var link = document.createElement("a");
      // A point may bring its own link (the review map links an incident and evidence items).
      link.href = p.href || el.dataset.link + encodeURIComponent(p.id);
      link.textContent = p.title;
      L.marker([p.lat, p.lon]).addTo(map).bindPopup(link);
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length) {
      map.fitBounds(bounds, { maxZoom: 12, padding: [24, 24] });
    } else {
      map.setView([48.5, 31.5], 5);
    }
  }

  function picker(el) {
    if (el.evMap || typeof L === "undefined") {
      return;
    }
    var lat = document.getElementById(el.dataset.lat);
    var lon = document.getElementById(el.dataset.lon);
    var map = L.map(el);
    el.evMap = map;
    addTiles(map, el);
    var marker = null;
    function place(la, lo) {
      if (marker) {
        marker.setLatLng([la, lo]);
      } else {
        marker = L.marker([la, lo]).addTo(map);
      }
    }
    var la0 = lat ? parseFloat(lat.value) : NaN;
    var lo0 = lon ? parseFloat(lon.value) : NaN;
    if (!isNaN(la0) && !isNaN(lo0)) {
      place(la0, lo0);
      map.setView([la0, lo0], 12);
    } else {
      map.setView([48.5, 31.5], 5);
    }
    if (lat && lon && el.dataset.readonly !== "true") {
      map.on("click", function (e) {
        lat.value = e.latlng.lat.toFixed(6);
        lon.value = e.latlng.lng.toFixed(6);
        place(e.latlng.lat, e.latlng.lng);
      });
    }
  }

  function init() {
    document.querySelectorAll(".ev-case-map").forEach(caseMap);
    document.querySelectorAll(".ev-map-picker").forEach(picker);
  }

  document.addEventListener("DOMContentLoaded", init);
  // A map inside a tab that was hidden needs to measure itself again once shown.
  document.addEventListener("click", function () {
    setTimeout(function () {
      document.querySelectorAll(".ev-case-map, .ev-map-picker").forEach(function (el) {
        if (el.evMap) {
          el.evMap.invalidateSize();
        }
      });
    }, 50);
  });
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", init);
  }
})();
