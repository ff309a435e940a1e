// Small browser helpers for the console. Loaded once by App.razor.
window.helpdesk = {
  // A short two-tone chime for a new complaint (Web Audio: no sound file to ship or fetch); kind "alert" plays the
  // same chime falling instead of rising, so an escalation sounds different from a new ticket.
  chime: function (kind) {
    try {
      const ctx = window.helpdesk._ctx || (window.helpdesk._ctx = new (window.AudioContext || window.webkitAudioContext)());
      (kind === "alert" ? [1175, 880, 660] : [880, 1175]).forEach(function (freq, i) {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.frequency.value = freq;
        osc.type = "sine";
        const start = ctx.currentTime + i * 0.18;
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.16);
        osc.connect(gain).connect(ctx.destination);
        osc.start(start);
        osc.stop(start + 0.17);
      });
    } catch (e) {
      // Browsers refuse audio before the first user gesture; the snackbar still shows.
    }
  }
};
