import type { CampanileModule } from '../../platform/module.js';

export { type OfficeRow, officeHours, officeMembers, offices } from './schema.js';

export const officesModule: CampanileModule = {
  name: 'offices',
};
