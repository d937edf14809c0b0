/** Register import and export: the register's JSON in, YAML declarations out, and back. */
export * from './exportRegister';
export * from './importRegister';
export { slugify } from './slug';
