// The Modello Comuni rating component: the follow-up question depends on the stars chosen (1-3: what
// went wrong, 4-5: what went well). Without JavaScript every step stays visible and the form posts.
document.addEventListener('DOMContentLoaded', () => {
  for (const form of document.querySelectorAll('form[data-feedback-form]')) {
    const positive = form.querySelector('[data-element="feedback-rating-positive"]');
    const negative = form.querySelector('[data-element="feedback-rating-negative"]');
    const details = form.querySelector('[data-feedback-details]');
    if (!positive || !negative || !details) continue;
    const hide = (el) => {
      el.classList.add('d-none');
      for (const input of el.querySelectorAll('input[type="radio"]')) input.checked = false;
    };
    hide(positive);
    hide(negative);
    details.classList.add('d-none');
    const show = (rating) => {
      if (!(rating >= 1 && rating <= 5)) return;
      const good = rating >= 4;
      details.classList.remove('d-none');
      (good ? positive : negative).classList.remove('d-none');
      hide(good ? negative : positive);
    };
    for (const input of form.querySelectorAll('input[name="rating"]')) {
      input.addEventListener('change', () => show(Number(input.value)));
    }
    for (const label of form.querySelectorAll('label[data-element^="feedback-rate-"]')) {
      label.addEventListener('click', () => show(Number(label.getAttribute('data-element').slice(-1))));
    }
  }
});
