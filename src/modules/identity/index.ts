import type { CampanileModule } from '../../platform/module.js';

export { type CitizenRow, citizens, type StaffUserRow, sessions, staffUsers } from './schema.js';
export {
  actorLoader,
  createSession,
  destroyAllSessions,
  destroySession,
  SESSION_COOKIE,
  setSessionCookie,
} from './sessions.js';

export const identityModule: CampanileModule = {
  name: 'identity',
};
