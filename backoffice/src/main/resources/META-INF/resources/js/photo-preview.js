// Shows the chosen photo before it is uploaded. The upload works without this script.
(function () {
  var input = document.getElementById('photo');
  var preview = document.getElementById('photo-preview');
  if (!input || !preview || !window.URL) {
    return;
  }
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (file && file.type.indexOf('image/') === 0) {
      preview.src = URL.createObjectURL(file);
      preview.hidden = false;
    } else {
      preview.hidden = true;
    }
  });
})();
