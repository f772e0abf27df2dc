// The fiscal-code algorithms moved to platform/validation, where the product validates them too.
export * from '../../platform/validation/fiscal-code.js';
