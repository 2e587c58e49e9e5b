/**
 * A validator for the PLOVER records Dyad writes: the manual's field table (required id,
 * date, actor, event; types of the optional fields; the 16 event types).
 */
import { z } from 'zod';

export const PLOVER_EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const entity = z
  .object({
    code: z.string().min(1).optional(),
    sector: z.string().min(1).optional(),
    entity_text: z.string().optional(),
    identifier_id: z.string().optional(),
    identifier_text: z.string().optional(),
    religion: z.string().optional(),
    ethnicity: z.string().optional(),
    office: z.string().optional(),
    gender: z.string().optional(),
    age: z.number().int().optional(),
  })
  .loose();

const location = z
  .object({
    extracted_place: z.string().optional(),
    resolved_place: z.string().optional(),
    geonameid: z.union([z.number().int(), z.string()]).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    city: z.string().optional(),
    district: z.string().optional(),
    province: z.string().optional(),
    country: z.string().optional(),
    country_code: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    feature_class: z.string().optional(),
    feature_code: z.string().optional(),
    resolution: z.number().int().min(1).max(5).optional(),
  })
  .loose();

export const ploverRecordSchema = z
  .object({
    id: z.string().min(1),
    has_event: z.boolean().optional(),
    date: isoDay,
    time: z.string().optional(),
    enddate: isoDay.optional(),
    endtime: z.string().optional(),
    actor: z.array(entity),
    recipient: z.array(entity).optional(),
    event: z.array(z.enum(PLOVER_EVENT_TYPES)).min(1),
    event_loc: location.optional(),
    event_text: z.union([z.string(), z.array(z.string())]).optional(),
    quad_code: z.number().int().min(1).max(4).optional(),
    event_scale: z.number().optional(),
    mode: z.array(z.string()).optional(),
    context: z.array(z.string()).optional(),
    link: z.string().optional(),
    text: z.string().optional(),
    text_info: z
      .object({
        sequence: z.number().int().optional(),
        start: z.number().int().optional(),
        end: z.number().int().optional(),
      })
      .loose()
      .optional(),
    cite_info: z
      .object({ url: z.string().optional(), publication: z.string().optional() })
      .loose()
      .optional(),
    coder: z.string().optional(),
    coded_date: isoDay.optional(),
    comment: z.string().optional(),
  })
  .loose()
  .refine((r) => r.enddate === undefined || r.enddate >= r.date, { message: 'enddate before date' });

export type ValidPloverRecord = z.infer<typeof ploverRecordSchema>;
