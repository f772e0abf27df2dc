// Interactive maps (Leaflet) for every <section data-map="…"> on the page. The data comes from the
// JSON block the attribute names (the CSP forbids inline scripts); without JavaScript the section
// keeps its static sketch and the page's list carries the same content.
(() => {
  const L = window.L;
  if (!L) return;

  const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  function popupContent(marker) {
    const box = document.createElement('div');
    const title = document.createElement(marker.href ? 'a' : 'strong');
    title.textContent = marker.label;
    if (marker.href) title.setAttribute('href', marker.href);
    box.appendChild(title);
    if (marker.detail) {
      const detail = document.createElement('p');
      detail.className = 'small mb-0 mt-1';
      detail.textContent = marker.detail;
      box.appendChild(detail);
    }
    return box;
  }

  function mount(container) {
    const block = document.getElementById(container.getAttribute('data-map'));
    if (!block) return;
    const data = JSON.parse(block.textContent);
    container.replaceChildren();
    container.classList.add('campanile-map-live');
    const map = L.map(container, {
      zoomControl: false,
      attributionControl: false,
      keyboard: true,
      scrollWheelZoom: false,
      // Fractional zoom lets fitBounds fill the frame with the territory.
      zoomSnap: 0.25,
    });
    L.control.zoom({ zoomInTitle: data.labels.zoomIn, zoomOutTitle: data.labels.zoomOut }).addTo(map);
    // The credit names the tile provider only (plain text, escaped: Leaflet writes it as HTML).
    if (data.tiles) {
      L.control.attribution({ prefix: false }).addTo(map);
      L.tileLayer(data.tiles.url, {
        attribution: escapeHtml(data.tiles.attribution || ''),
        maxZoom: 19,
      }).addTo(map);
    }

    const bounds = L.latLngBounds([]);
    for (const area of data.areas) {
      const polygon = L.polygon(area.ring, {
        interactive: false,
        className: 'campanile-map-outline',
        color: '#0066cc',
        weight: 2,
        opacity: 0.8,
        fillColor: '#0066cc',
        fillOpacity: 0.05,
      }).addTo(map);
      bounds.extend(polygon.getBounds());
    }
    for (const m of data.markers) {
      const marker = L.marker([m.lat, m.lon], { keyboard: true, title: m.label, alt: m.label }).addTo(map);
      marker.bindPopup(popupContent(m));
      bounds.extend(marker.getLatLng());
    }
    if (data.zoom && data.markers.length === 1) {
      map.setView([data.markers[0].lat, data.markers[0].lon], data.zoom);
    } else if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [16, 16] });
    } else {
      map.setView([41.9, 12.5], 5);
    }

    // Leaflet labels its popup close button in English: give it the page's language.
    map.on('popupopen', (event) => {
      const close = event.popup.getElement()?.querySelector('.leaflet-popup-close-button');
      if (close) {
        close.setAttribute('aria-label', data.labels.closePopup);
        close.setAttribute('title', data.labels.closePopup);
      }
    });
  }

  for (const container of document.querySelectorAll('[data-map]')) mount(container);
})();
