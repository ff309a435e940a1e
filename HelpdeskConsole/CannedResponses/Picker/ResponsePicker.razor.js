// The canned-response picker's side of the reply editor: watches the textarea for "::" typed at the start of a word
// (or Ctrl+Space), tells .NET what follows it, and while the picker is open takes the arrow keys, Enter, Tab and
// Escape from the textarea. Insertion replaces the typed "::query" with the filled text and places the caret after it.

const TRIGGER = /(^|\s)::([^\s:]{0,40})$/u;

class PickerBinding {
  constructor(textarea, dotNetRef) {
    this.textarea = textarea;
    this.dotNetRef = dotNetRef;
    this.open = false;
    this.onInput = this.onInput.bind(this);
    this.onKeyDown = this.onKeyDown.bind(this);
    this.onBlur = this.onBlur.bind(this);
    textarea.addEventListener("input", this.onInput);
    textarea.addEventListener("click", this.onInput);
    // Capture: the picker sees Enter before the textarea (or MudBlazor) turns it into a new line.
    textarea.addEventListener("keydown", this.onKeyDown, true);
    textarea.addEventListener("blur", this.onBlur);
    textarea.setAttribute("data-picker", "ready");
  }

  dispose() {
    this.textarea.removeEventListener("input", this.onInput);
    this.textarea.removeEventListener("click", this.onInput);
    this.textarea.removeEventListener("keydown", this.onKeyDown, true);
    this.textarea.removeEventListener("blur", this.onBlur);
    this.textarea.removeAttribute("data-picker");
    this.dotNetRef = null;
  }

  onInput() {
    const ta = this.textarea;
    if (ta.selectionStart !== ta.selectionEnd) {
      this.close();
      return;
    }

    const caret = ta.selectionStart;
    const match = TRIGGER.exec(ta.value.slice(0, caret));
    if (match) {
      this.open = true;
      this.send("OnQueryAsync", match[2], caret - match[2].length - 2, caret);
    } else if (this.open && !this.manual) {
      this.close();
    } else if (this.open && this.manual) {
      // Opened with Ctrl+Space: what is typed after the caret position it opened at is the query.
      const query = ta.value.slice(this.manualStart, caret);
      if (caret < this.manualStart || /\s/u.test(query)) {
        this.close();
      } else {
        this.send("OnQueryAsync", query, this.manualStart, caret);
      }
    }
  }

  onKeyDown(e) {
    if (e.isComposing) {
      return;
    }

    if (!this.open) {
      if (e.ctrlKey && (e.key === " " || e.code === "Space")) {
        e.preventDefault();
        const caret = this.textarea.selectionStart;
        this.open = true;
        this.manual = true;
        this.manualStart = caret;
        this.send("OnQueryAsync", "", caret, caret);
      }

      return;
    }

    if (["ArrowDown", "ArrowUp", "Enter", "Tab", "Escape"].includes(e.key) && !e.shiftKey && !e.altKey) {
      e.preventDefault();
      e.stopPropagation();
      if (e.key === "Escape") {
        this.close();
        return;
      }

      this.send("OnKeyAsync", e.key);
    }
  }

  onBlur() {
    // A click on a suggestion keeps the focus (mousedown is cancelled there), so a blur means the officer left.
    if (this.open) {
      this.close();
    }
  }

  close() {
    const wasOpen = this.open;
    this.open = false;
    this.manual = false;
    if (wasOpen) {
      this.send("OnCloseAsync");
    }
  }

  // Replaces [start, end) with the text (or inserts at the caret when start is negative), then tells Blazor.
  insert(text, start, end, separate) {
    const ta = this.textarea;
    this.open = false;
    this.manual = false;
    if (start < 0) {
      start = ta.selectionStart;
      end = ta.selectionEnd;
    }

    if (separate) {
      const before = ta.value.slice(0, start);
      const after = ta.value.slice(end);
      if (before.length > 0 && !before.endsWith("\n\n")) {
        text = (before.endsWith("\n") ? "\n" : "\n\n") + text;
      }
      if (after.length > 0 && !after.startsWith("\n")) {
        text = text + "\n\n";
      }
    }

    ta.focus();
    ta.setRangeText(text, start, end, "end");
    ta.dispatchEvent(new Event("input", { bubbles: true }));
  }

  send(method, ...args) {
    if (this.dotNetRef !== null) {
      this.dotNetRef.invokeMethodAsync(method, ...args).catch(() => { });
    }
  }
}

export function attach(textareaId, dotNetRef) {
  const textarea = document.getElementById(textareaId);
  return textarea === null ? null : new PickerBinding(textarea, dotNetRef);
}
