// After htmx replaces the incident list, keyboard and screen-reader users land on the new result count
// instead of losing their place at the top of the page.
document.addEventListener("htmx:afterSettle", function (event) {
  var found = document.getElementById("found");
  if (found && event.target && event.target.id === "browser") {
    found.setAttribute("tabindex", "-1");
    found.focus({ preventScroll: true });
  }
});
