"""The patient-facing web process: the chat widget, /c/<CODE> pages and QR codes."""
