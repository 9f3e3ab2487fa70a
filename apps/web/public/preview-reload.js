// Draft preview inside the CMS's live preview pane: reload when the editor
// saves (Payload posts `payload-document-event` to the pane on every save).
window.addEventListener('message', function (event) {
  if (
    event.source === window.parent &&
    event.data &&
    event.data.type === 'payload-document-event'
  ) {
    window.location.reload()
  }
})
