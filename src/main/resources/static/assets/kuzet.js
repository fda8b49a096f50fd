// After htmx replaces the incident list, keyboard and screen-reader users land on the new result count
// instead of losing their place at the top of the page.
document.addEventListener("htmx:afterSettle", function (event) {
  var found = document.getElementById("found");
  if (found && event.target && event.target.id === "browser") {
    found.setAttribute("tabindex", "-1");
    found.focus({ preventScroll: true });
  }
});

// The entry form's pickers: Enter in a search box must not send the whole form; a picked record's × removes it;
// once a record is picked, the list of choices closes and the search box is emptied for the next one.
document.addEventListener("keydown", function (event) {
  if (event.key === "Enter" && event.target.matches && event.target.matches("input[data-picker]")) {
    event.preventDefault();
  }
});
document.addEventListener("click", function (event) {
  var remove = event.target.closest && event.target.closest("[data-remove]");
  if (remove) {
    var item = remove.closest("li");
    var list = item.parentElement;
    item.remove();
    var search = list.parentElement.querySelector("input[data-picker]");
    if (search) {
      search.focus();
    }
  }
});
document.addEventListener("htmx:afterSwap", function (event) {
  var target = event.target;
  if (target && target.id && target.id.endsWith("-picked")) {
    var field = target.id.slice(0, -"-picked".length);
    var choices = document.getElementById(field + "-choices");
    var search = document.getElementById(field + "-search");
    if (choices) {
      choices.replaceChildren();
    }
    if (search) {
      search.value = "";
      search.focus();
    }
  }
});

// A form that came back with problems: start at their summary, whose links lead to each field.
document.addEventListener("DOMContentLoaded", function () {
  var problems = document.querySelector("form.entry") && document.getElementById("problems");
  if (problems) {
    problems.focus();
  }
});

// The main menu: one group open at a time, and a click elsewhere (or Escape) closes it.
document.addEventListener("toggle", function (event) {
  var opened = event.target;
  if (opened.matches && opened.matches("nav.main details") && opened.open) {
    document.querySelectorAll("nav.main details[open]").forEach(function (other) {
      if (other !== opened) {
        other.open = false;
      }
    });
  }
}, true);
document.addEventListener("click", function (event) {
  if (!event.target.closest || !event.target.closest("nav.main details")) {
    document.querySelectorAll("nav.main details[open]").forEach(function (open) {
      open.open = false;
    });
  }
});
document.addEventListener("keydown", function (event) {
  if (event.key === "Escape") {
    document.querySelectorAll("nav.main details[open]").forEach(function (open) {
      open.open = false;
      open.querySelector("summary").focus();
    });
  }
});
