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
  if (event.key === "Enter" && event.target.matches
      && event.target.matches("input[data-picker], input[data-filter-options]")) {
    event.preventDefault();
  }
});
document.addEventListener("click", function (event) {
  var remove = event.target.closest && event.target.closest("[data-remove]");
  if (remove) {
    var item = remove.closest("li");
    var list = item.parentElement;
    item.remove();
    document.body.dispatchEvent(new CustomEvent("kuzet:rows"));
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

// A link of that summary takes the keyboard to the field, not only the eyes.
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("#problems a[href^='#']");
  var field = link && document.getElementById(link.getAttribute("href").slice(1));
  if (field) {
    event.preventDefault();
    field.scrollIntoView({ block: "center" });
    field.focus({ preventScroll: true });
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

// Rows within rows (a case's charges and stages, a stage's punishments). Inside a [data-nested-block], the button
// [data-add-nested=TOKEN] adds a copy of the block's <template> with TOKEN replaced by the new row's position, to the
// block's [data-nested-rows] list; [data-remove-nested] removes its row. Rows are numbered again after every change,
// so the form always sends stages[0], stages[1]… with no gap, and the status preview is asked again ("kuzet:rows").
function kuzetRenumberNested(list) {
  var name = list.getAttribute("data-nested-rows");
  var pattern = new RegExp("(^|\\.)" + name + "\\[\\d+\\]");
  Array.prototype.filter.call(list.children, function (row) { return row.hasAttribute("data-nested-row"); })
    .forEach(function (row, index) {
      row.querySelectorAll("[name]").forEach(function (input) {
        input.name = input.name.replace(pattern, "$1" + name + "[" + index + "]");
      });
      // ids and the labels and hints pointing at them follow, so that no two rows share one
      row.querySelectorAll("[id], [for], [aria-describedby]").forEach(function (el) {
        ["id", "for", "aria-describedby"].forEach(function (attribute) {
          if (el.hasAttribute(attribute)) {
            el.setAttribute(attribute, el.getAttribute(attribute).replace(new RegExp(pattern.source, "g"),
              "$1" + name + "[" + index + "]"));
          }
        });
      });
      // the row's own templates (a stage's punishments) name the row too
      row.querySelectorAll("template").forEach(function (template) {
        template.innerHTML = template.innerHTML.replace(new RegExp(pattern.source, "g"), "$1" + name + "[" + index + "]");
      });
    });
}
function kuzetShowFieldsOf(row) {
  var kind = row.querySelector("[data-stage-kind]");
  if (kind) {
    row.querySelectorAll("[data-kinds]").forEach(function (field) {
      if (field.closest("[data-stage]") === row) {
        field.hidden = kind.value !== "" && field.getAttribute("data-kinds").split(" ").indexOf(kind.value) < 0;
      }
    });
  }
  row.querySelectorAll(".component").forEach(kuzetShowComponentFields);
}
// A punishment shows a term, a sum or a regime as its kind takes them (the kind's option says which, from the model).
function kuzetShowComponentFields(component) {
  var select = component.querySelector("[data-component-kind]");
  var option = select.options[select.selectedIndex];
  var chosen = select.value !== "";
  component.querySelectorAll("[data-money]").forEach(function (f) {
    f.hidden = chosen && option.getAttribute("data-money") !== "true";
  });
  component.querySelectorAll("[data-term]").forEach(function (f) {
    f.hidden = chosen && option.getAttribute("data-term") !== "true";
  });
  component.querySelectorAll("[data-regime]").forEach(function (f) { f.hidden = select.value !== "imprisonment"; });
}
document.addEventListener("click", function (event) {
  var add = event.target.closest && event.target.closest("[data-add-nested]");
  var remove = event.target.closest && event.target.closest("[data-remove-nested]");
  if (add) {
    var block = add.closest("[data-nested-block]");
    var list = block.querySelector("[data-nested-rows]");
    var template = Array.prototype.find.call(block.querySelectorAll("template[data-nested-template]"),
      function (t) { return t.closest("[data-nested-block]") === block; });
    var position = Array.prototype.filter.call(list.children, function (row) { return row.hasAttribute("data-nested-row"); }).length;
    var html = template.innerHTML.split(add.getAttribute("data-add-nested")).join(String(position));
    list.insertAdjacentHTML("beforeend", html);
    var row = list.lastElementChild;
    if (window.htmx) {
      htmx.process(row);
    }
    kuzetShowFieldsOf(row);
    var first = row.querySelector("select, input:not([type=hidden])");
    if (first) {
      first.focus();
    }
    document.body.dispatchEvent(new CustomEvent("kuzet:rows"));
  } else if (remove) {
    var removed = remove.closest("[data-nested-row]");
    var rows = removed.parentElement;
    var block = rows.closest("[data-nested-block]");
    removed.remove();
    rows.closest("form").querySelectorAll("[data-nested-rows]").forEach(kuzetRenumberNested);
    // the keyboard goes on from the button that adds another row of the kind just removed
    var again = Array.prototype.find.call(block.querySelectorAll("[data-add-nested]"),
      function (b) { return b.closest("[data-nested-block]") === block; });
    if (again) {
      again.focus();
    }
    document.body.dispatchEvent(new CustomEvent("kuzet:rows"));
  }
});
document.addEventListener("change", function (event) {
  if (event.target.matches && event.target.matches("[data-stage-kind]")) {
    kuzetShowFieldsOf(event.target.closest("[data-stage]"));
  } else if (event.target.matches && event.target.matches("[data-component-kind]")) {
    kuzetShowComponentFields(event.target.closest(".component"));
  }
});
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-stage]").forEach(kuzetShowFieldsOf);
});

// A long list of options in groups (the incident types): what is typed in [data-filter-options] keeps the options whose
// label contains it, and the groups that still have one; a ticked option always stays in view.
document.addEventListener("input", function (event) {
  var filter = event.target.matches && event.target.matches("[data-filter-options]") ? event.target : null;
  if (!filter) {
    return;
  }
  var typed = filter.value.trim().toLocaleLowerCase();
  document.querySelectorAll(filter.getAttribute("data-filter-options")).forEach(function (group) {
    var shown = 0;
    group.querySelectorAll("label.check").forEach(function (option) {
      var keep = typed === "" || option.textContent.toLocaleLowerCase().indexOf(typed) >= 0
        || option.querySelector("input").checked;
      option.hidden = !keep;
      shown += keep ? 1 : 0;
    });
    group.hidden = shown === 0;
  });
});

// Repeatable rows (name variants, memberships, statuses…): "Add" copies the list's <template> as a new row,
// "Remove" takes a row out; the rows are then numbered again (names[0].name, id names-0-name…), so that the form
// sends them as one list in their order. The new row's first field, or after a removal the add button, gets focus.
function kuzetRenumber(list) {
  var rows = list.querySelectorAll(":scope > .repeat-row");
  rows.forEach(function (row, i) {
    row.querySelectorAll("[name], [id], [for], [aria-describedby]").forEach(function (el) {
      if (el.hasAttribute("name")) {
        el.setAttribute("name", el.getAttribute("name").replace(/^(\w+)\[(\d+|__i__)\]/, "$1[" + i + "]"));
      }
      ["id", "for", "aria-describedby"].forEach(function (attribute) {
        if (el.hasAttribute(attribute)) {
          el.setAttribute(attribute, el.getAttribute(attribute).replace(/\b([a-zA-Z]+)-(\d+|__i__)-/g, "$1-" + i + "-"));
        }
      });
    });
  });
}
document.addEventListener("click", function (event) {
  var add = event.target.closest && event.target.closest("[data-add-row]");
  if (add) {
    var name = add.getAttribute("data-add-row");
    var list = document.getElementById(name + "-rows");
    var template = document.getElementById(name + "-template");
    var row = template.content.firstElementChild.cloneNode(true);
    list.appendChild(row);
    kuzetRenumber(list);
    if (window.htmx) {
      window.htmx.process(row);
    }
    var first = row.querySelector("input:not([type=hidden]), select, textarea");
    if (first) {
      first.focus();
    }
    return;
  }
  var remove = event.target.closest && event.target.closest("[data-remove-row]");
  if (remove) {
    var removed = remove.closest(".repeat-row");
    var rows = removed.parentElement;
    removed.remove();
    kuzetRenumber(rows);
    var again = document.querySelector("[data-add-row='" + rows.getAttribute("data-rows") + "']");
    if (again) {
      again.focus();
    }
  }
});

// The picker of one record in a row (a membership's organisation): a choice fills the row's hidden input and shows
// the name; × empties it again.
document.addEventListener("click", function (event) {
  var choice = event.target.closest && event.target.closest("[data-pick-key]");
  var clear = event.target.closest && event.target.closest("[data-clear-pick]");
  var picker = (choice || clear) && (choice || clear).closest("[data-row-picker]");
  if (!picker) {
    return;
  }
  var key = choice ? choice.getAttribute("data-pick-key") : "";
  picker.querySelector("input[type=hidden]").value = key;
  picker.querySelector("[data-picked-name]").textContent = choice ? choice.getAttribute("data-pick-name") : "";
  picker.querySelector("[data-picked-key]").textContent = key;
  picker.querySelector("[data-picked]").hidden = !choice;
  var search = picker.querySelector("input[data-picker]");
  search.value = "";
  picker.querySelector(".choices-box").replaceChildren();
  (choice ? picker.querySelector("[data-clear-pick]") : search).focus();
});
