/* followthrough share: the Copy buttons of "Show this on your website". Without JavaScript the
   buttons stay hidden (data-needs-js) and the page says how to copy by hand; this script only
   shows them and copies a box's text when one is pressed. No framework, no request. */
(function () {
  "use strict";
  if (!document.querySelectorAll) { return; }
  function copy(box) {
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      return navigator.clipboard.writeText(box.value);
    }
    box.focus();
    box.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }
  var buttons = document.querySelectorAll("button[data-copy]");
  Array.prototype.forEach.call(buttons, function (button) {
    var box = document.getElementById(button.getAttribute("data-copy"));
    var wrap = button.parentNode;
    var status = wrap.querySelector("[role=status]");
    if (!box || !window.Promise) { return; }
    wrap.hidden = false;
    button.addEventListener("click", function () {
      copy(box).then(function () {
        if (status) { status.textContent = button.getAttribute("data-copied"); }
      }, function () {
        box.focus();
        box.select();
      });
    });
  });
}());
