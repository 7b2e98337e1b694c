export * from './schemas/common';
export * from './schemas/roles';
export * from './schemas/session';
export * from './schemas/brands';
export * from './schemas/team';
export * from './schemas/products';
export * from './schemas/dashboard';
export * from './access';
