// The console's keyboard shortcuts: one keydown listener on the document, owned by ShortcutHost.
// The .NET side tells it which keys are live (setKeys); only those are claimed (preventDefault) and sent.
// Everything else, and every key MudBlazor already handled, is left alone.

const SEQUENCE_TIMEOUT_MS = 1000;

// Where typing happens: keys there are text, not commands (Escape excepted).
const EDITABLE = "input, textarea, select, [contenteditable]:not([contenteditable='false'])";

// Where Enter already means something (follow the link, press the button): never take it from them.
const INTERACTIVE = "a[href], button, summary, [role='button'], [role='link'], [role='menuitem'], [role='option'], " +
  "[role='tab'], [role='checkbox'], [role='radio'], [role='switch'], [role='combobox']";

// An open dialog or an open menu/list owns the keyboard until it closes (MudBlazor handles its keys there).
const OVERLAY_OPEN = ".mud-dialog-container, .mud-popover-open .mud-list, .mud-popover-open [role='menu'], " +
  ".mud-popover-open [role='listbox']";

class ShortcutListener {
  constructor(dotNetRef, keys) {
    this.dotNetRef = dotNetRef;
    this.pending = null;
    this.pendingAt = 0;
    this.onKeyDown = this.onKeyDown.bind(this);
    this.setKeys(keys);
    document.addEventListener("keydown", this.onKeyDown);
    // Keys pressed before this point are lost; tests (and curious people) can see when it is listening.
    document.documentElement.setAttribute("data-shortcuts", "on");
  }

  setKeys(keys) {
    this.keys = new Set(keys);
    this.prefixes = new Set(keys.filter(k => k.includes(" ")).map(k => k.split(" ")[0]));
    this.pending = null;
  }

  dispose() {
    document.removeEventListener("keydown", this.onKeyDown);
    document.documentElement.removeAttribute("data-shortcuts");
    this.dotNetRef = null;
  }

  onKeyDown(e) {
    if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey || !e.key) {
      this.pending = null;
      return;
    }

    const target = e.target instanceof Element ? e.target : null;
    const typing = target !== null && target.closest(EDITABLE) !== null;

    if (e.key === "Escape") {
      this.pending = null;
      // Escape leaves a text field (so the shortcuts work again) unless a dialog or list is using it.
      if (typing && document.querySelector(OVERLAY_OPEN) === null) {
        target.blur();
      }

      if (this.keys.has("Escape")) {
        this.send("Escape");
      }

      return;
    }

    if (typing || document.querySelector(OVERLAY_OPEN) !== null) {
      this.pending = null;
      return;
    }

    const key = this.normalize(e);
    if (key === null) {
      this.pending = null;
      return;
    }

    if (key === "Enter" && target !== null && target.closest(INTERACTIVE) !== null) {
      this.pending = null;
      return;
    }

    if (this.pending !== null) {
      const first = this.pending;
      const inTime = e.timeStamp - this.pendingAt <= SEQUENCE_TIMEOUT_MS;
      this.pending = null;
      if (inTime) {
        const sequence = first + " " + key;
        if (this.keys.has(sequence)) {
          e.preventDefault();
          this.send(sequence);
        }

        // A sequence that went nowhere ("g x") is dropped, not replayed as "x".
        return;
      }
    }

    if (this.prefixes.has(key)) {
      e.preventDefault();
      this.pending = key;
      this.pendingAt = e.timeStamp;
      return;
    }

    // Held keys repeat on purpose: holding j walks down the list.
    if (this.keys.has(key)) {
      e.preventDefault();
      this.send(key);
    }
  }

  // The key as registered: "?" and "/" as typed, letters in lower case, Enter by name. Shift is only
  // allowed where it is part of the character ("?"): Shift+J is not "j".
  normalize(e) {
    if (e.key === "Enter") {
      return e.shiftKey ? null : "Enter";
    }

    if (e.key.length !== 1 || e.key === " ") {
      return null;
    }

    const lower = e.key.toLowerCase();
    if (lower !== e.key.toUpperCase()) {
      // A letter: upper case only from Caps Lock counts; with Shift it is another key.
      return e.shiftKey ? null : lower;
    }

    return e.key;
  }

  send(keys) {
    if (this.dotNetRef === null) {
      return;
    }

    // The circuit may be gone (reconnecting, closed): a lost shortcut is harmless.
    this.dotNetRef.invokeMethodAsync("OnShortcutAsync", keys).catch(() => { });
  }
}

export function listen(dotNetRef, keys) {
  return new ShortcutListener(dotNetRef, keys);
}
