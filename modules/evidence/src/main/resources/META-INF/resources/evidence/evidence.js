/* Evidence pages: reveal a graphic thumbnail on request, copy a hash to the clipboard. */
(function () {
  'use strict';

  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'ev-offscreen';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    document.body.removeChild(area);
    return copied;
  }

  function copied(button) {
    button.classList.add('ev-copied');
    var title = button.getAttribute('title');
    button.setAttribute('title', button.getAttribute('data-copied'));
    window.setTimeout(function () {
      button.classList.remove('ev-copied');
      button.setAttribute('title', title);
    }, 2000);
  }

  function copy(button) {
    var text = button.getAttribute('data-copy');
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { copied(button); },
        function () { if (fallbackCopy(text)) { copied(button); } });
    } else if (fallbackCopy(text)) {
      copied(button);
    }
  }

  function reveal(button) {
    var image = document.createElement('img');
    image.className = 'ev-thumb ev-revealed';
    image.alt = button.getAttribute('data-alt');
    image.src = button.getAttribute('data-src');
    button.replaceWith(image);
  }

  /**
   * The upload widget's onAdd: a file over the limit is refused here, before anything is sent (the
   * server refuses it again). The limit and the text come from the form's data attributes.
   */
  window.EvidentiaEvidence = {
    checkSize: function (widget, file, callback) {
      var holder = widget.jq.closest('[data-max-size]')[0];
      var max = holder ? Number(holder.getAttribute('data-max-size')) : NaN;
      if (!isNaN(max) && file.size > max) {
        widget.showMessage({ summary: holder.getAttribute('data-too-large'), detail: ' ' + file.name });
        return;
      }
      callback(file);
    }
  };

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) {
      return;
    }
    var copyButton = target.closest('.ev-copy');
    if (copyButton) {
      copy(copyButton);
      return;
    }
    var revealButton = target.closest('.ev-reveal');
    if (revealButton) {
      reveal(revealButton);
    }
  });
})();
