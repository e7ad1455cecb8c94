/**
 * Strapi's onboarding and announcements are for developers trying Strapi, not for WeDraw's
 * operators: the guided tour (shown to the first super admin of a development build) and the
 * "new Media Library" banner. Both remember their dismissal in localStorage; this records it before
 * the admin first renders. A tour reset from the profile page still works.
 */
const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';
const MEDIA_LIBRARY_BANNER = 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_';
// The banner's key is scoped by the project's uuid from /admin/init: `false` for WeDraw (no uuid
// in package.json), `undefined` while that request is in flight.
const SCOPES = ['undefined', 'false'];

export function quietAdmin(storage: Storage): void {
  if (storage.getItem(GUIDED_TOUR_KEY) === null) {
    storage.setItem(GUIDED_TOUR_KEY, JSON.stringify({ enabled: false, hidden: true, completedActions: [] }));
  }
  for (const legacy of ['true', 'false']) {
    for (const scope of SCOPES) storage.setItem(`${MEDIA_LIBRARY_BANNER}${legacy}:${scope}`, 'true');
  }
}
