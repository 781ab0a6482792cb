import { z } from 'zod';
import { PERMISSIONS, ROLES } from './permissions.ts';

/** The permission and role keys as schemas (apart from the tables, which the web's first page reads without zod). */
export const PermissionSchema = z.enum(PERMISSIONS);
export const RoleSchema = z.enum(ROLES);
