import type { Translate } from '../../../platform/i18n/index.js';
import { CsrfField } from '../../../platform/views/form.js';
import { Icon } from '../../../platform/views/icon.js';
import { NEGATIVE_ANSWERS, POSITIVE_ANSWERS } from '../feedback-answers.js';

/**
 * The Modello Comuni rating component ("Quanto sono chiare le informazioni su questa pagina?"), with
 * the data-element hooks and exact Italian texts the national checker reads. A plain POST form:
 * public/js/feedback.js only shows the follow-up question that fits the stars chosen.
 */
export function FeedbackForm(props: {
  t: Translate;
  /** Path of the rated page (no query string). */
  page: string;
  /** Only for a logged-in visitor: anonymous answers are checked by origin (no per-visitor token). */
  csrfToken?: string;
  /** After a successful answer: the thank-you message instead of the form. */
  thanked?: boolean;
}): JSX.Element {
  const { t } = props;
  const answers = (kind: 'positive' | 'negative', keys: readonly string[]) =>
    keys.map((key) => (
      <div class="form-check">
        <input
          class="form-check-input"
          type="radio"
          name="answer"
          value={key}
          id={`feedback-answer-${key}`}
        />
        <label
          class="form-check-label"
          for={`feedback-answer-${key}`}
          data-element="feedback-rating-answer"
          safe
        >
          {t(`portal.feedback.${kind}.${key}`)}
        </label>
      </div>
    ));
  return (
    <section class="bg-primary py-5" id="feedback" aria-labelledby="feedback-title">
      <div class="container">
        <div class="row d-flex justify-content-center">
          <div class="col-12 col-lg-6">
            <div class="card shadow p-4 rounded" data-element="feedback">
              <h2 class="h4 text-center" id="feedback-title" data-element="feedback-title" safe>
                {t('portal.feedback.title')}
              </h2>
              {props.thanked ? (
                <p class="text-center mb-0" role="status" safe>
                  {t('portal.feedback.thanks')}
                </p>
              ) : (
                <form method="post" action="/feedback" data-feedback-form>
                  {props.csrfToken ? <CsrfField token={props.csrfToken} /> : ''}
                  <input type="hidden" name="page" value={props.page} />
                  <fieldset class="rating d-flex justify-content-center">
                    <legend class="visually-hidden" safe>
                      {t('portal.feedback.stars')}
                    </legend>
                    {[5, 4, 3, 2, 1].map((n) => (
                      <>
                        <input type="radio" id={`feedback-star-${n}`} name="rating" value={String(n)} />
                        <label class="full" for={`feedback-star-${n}`} data-element={`feedback-rate-${n}`}>
                          <Icon name="it-star-full" class="icon icon-sm" />
                          <span class="visually-hidden" safe>
                            {t('portal.feedback.starLabel', { n })}
                          </span>
                        </label>
                      </>
                    ))}
                  </fieldset>
                  <div data-feedback-details>
                    <fieldset class="mt-4" data-element="feedback-rating-positive">
                      <legend class="h6" data-element="feedback-rating-question" safe>
                        {t('portal.feedback.positiveQuestion')}
                      </legend>
                      {answers('positive', POSITIVE_ANSWERS)}
                    </fieldset>
                    <fieldset class="mt-4" data-element="feedback-rating-negative">
                      <legend class="h6" data-element="feedback-rating-question" safe>
                        {t('portal.feedback.negativeQuestion')}
                      </legend>
                      {answers('negative', NEGATIVE_ANSWERS)}
                    </fieldset>
                    <div class="form-group mt-4">
                      <label for="feedback-comment" class="active" safe>
                        {t('portal.feedback.comment')}
                      </label>
                      <input
                        type="text"
                        class="form-control"
                        id="feedback-comment"
                        name="comment"
                        maxlength="200"
                        data-element="feedback-input-text"
                      />
                      <small class="form-text" safe>
                        {t('portal.feedback.commentHint')}
                      </small>
                    </div>
                  </div>
                  <div class="d-flex justify-content-center mt-3">
                    <button type="submit" class="btn btn-primary" safe>
                      {t('portal.feedback.submit')}
                    </button>
                  </div>
                </form>
              )}
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
