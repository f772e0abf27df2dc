import type { CampanileModule } from '../../platform/module.js';

export { consents, erasureRequests, privacyNotices, retentionPolicies } from './schema.js';

export const privacyModule: CampanileModule = {
  name: 'privacy',
};
