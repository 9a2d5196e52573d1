import { HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { from, of, switchMap } from 'rxjs';

/**
 * The answers index.html asked for while the app's JavaScript downloaded: a landing page's first
 * API calls, by URL, each the body of a 200 or null when that call failed. Its script starts them
 * before the bundle runs and asks for the first picture as soon as the answer names it.
 */
declare global {
  interface Window {
    landingAnswers?: Record<string, Promise<unknown> | undefined>;
  }
}

/**
 * Hands the app's first GET of each preloaded URL the answer index.html already asked for (once:
 * a later visit asks the API again). A preload that failed leaves the call to the API, so the page
 * shows the API's own answer, errors included. The catalogue reads are the same for every caller,
 * so it may come before the session's token is added.
 */
export const landingAnswerInterceptor: HttpInterceptorFn = (request, next) => {
  const answer = request.method === 'GET' ? takeLandingAnswer(request.urlWithParams) : undefined;
  if (!answer) {
    return next(request);
  }
  return from(answer).pipe(
    switchMap((body) => (body === null ? next(request) : of(new HttpResponse({ body, status: 200, url: request.urlWithParams })))),
  );
};

function takeLandingAnswer(url: string): Promise<unknown> | undefined {
  const answers = window.landingAnswers;
  const answer = answers?.[url];
  if (answers && answer) {
    delete answers[url];
  }
  return answer;
}
