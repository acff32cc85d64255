// The "打印 / 存为 PDF" buttons: with JavaScript they open the print dialog; without it their
// text already tells people to use the browser's own 打印 menu.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.textContent = "打印 / 存为 PDF";
    button.addEventListener("click", function () {
      window.print();
    });
  });
});
