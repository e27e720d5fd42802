""" "Read it to me": the browser's own speech on the device, with a stop button.

Only voices the device has on board (`localService`) are used, so the words are
never sent to a speech service; with none, the box says so instead of speaking.
The buttons live in a small component frame because Streamlit's own HTML
cannot run a script.
"""

from __future__ import annotations

import json

import streamlit.components.v1 as components

_PAGE = """
<style>
  body { margin: 0; font-family: "Source Sans Pro", sans-serif; color: #000; background: #fff; }
  button { font-size: 18px; padding: 10px 18px; margin: 0 10px 6px 0; border: 2px solid #000; border-radius: 8px;
           background: #fff; color: #000; cursor: pointer; min-height: 48px; }
  button:focus-visible { outline: 3px solid #1a4fd6; outline-offset: 2px; }
  p { margin: 2px 0; font-size: 16px; }
</style>
<main>
  <button id="read" type="button">🔊 Read it to me</button>
  <button id="stop" type="button">⏹️ Stop</button>
  <p id="note" role="status" aria-live="polite"></p>
</main>
<script>
  const text = __TEXT__;
  const synth = window.speechSynthesis;
  const note = document.getElementById("note");
  function localVoice() {
    const voices = (synth ? synth.getVoices() : []).filter((v) => v.localService);
    return voices.find((v) => v.lang === "en-GB") || voices.find((v) => v.lang.startsWith("en")) || null;
  }
  document.getElementById("read").addEventListener("click", () => {
    if (!synth) { note.textContent = "This browser cannot read aloud."; return; }
    const voice = localVoice();
    if (!voice) { note.textContent = "This device has no voice of its own to read aloud, so we cannot read it out."; return; }
    synth.cancel();
    const words = new SpeechSynthesisUtterance(text);
    words.voice = voice;
    words.lang = voice.lang;
    words.onend = () => { note.textContent = ""; };
    note.textContent = "Reading...";
    synth.speak(words);
  });
  document.getElementById("stop").addEventListener("click", () => {
    if (synth) synth.cancel();
    note.textContent = "Stopped.";
  });
</script>
"""


def read_it_to_me(text: str) -> None:
    """Two buttons that read `text` aloud on the device, and stop."""
    safe = json.dumps(text).replace("</", "<\\/")
    components.html(_PAGE.replace("__TEXT__", safe), height=110)
