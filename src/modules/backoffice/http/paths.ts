export const DASHBOARD_PATH = '/backoffice';
export const AUDIT_PATH = '/backoffice/registro-attivita';
