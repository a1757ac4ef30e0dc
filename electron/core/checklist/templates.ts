import { z } from 'zod';
import { CADENCES, CHECKLIST_CODES, itemValues, type ChecklistCode } from '../contract/checklist.js';
import party from '../../../resources/checklists/party.json' with { type: 'json' };
import service from '../../../resources/checklists/service.json' with { type: 'json' };
import development from '../../../resources/checklists/development.json' with { type: 'json' };
import conduct from '../../../resources/checklists/conduct.json' with { type: 'json' };
import duty from '../../../resources/checklists/duty.json' with { type: 'json' };
import assist from '../../../resources/checklists/assist.json' with { type: 'json' };

const templateSchema = z.object({
  code: z.enum(CHECKLIST_CODES),
  name: z.string(),
  /** Where the items and values come from; values marked `assumed` are not published rules. */
  sources: z.string().default(''),
  items: z.array(
    z
      .object({
        category: z.string().default(''),
        name: z.string().min(1),
        cadence: z.enum(CADENCES).default('per-time'),
        evidence: z.string().default(''),
        partyOnly: z.boolean().default(false),
        source: z.string().default(''),
        assumed: z.boolean().default(true),
        /** The post that usually owns the item (e.g. 监委会), for the demo and duty suggestions. */
        post: z.string().default(''),
      })
      .and(itemValues),
  ),
});
export type ChecklistTemplate = z.output<typeof templateSchema>;

export const parseChecklistTemplate = (json: unknown): ChecklistTemplate => templateSchema.parse(json);

/** The shipped templates, bundled with the program and checked against the same schema as the editor. */
export const TEMPLATES: Record<ChecklistCode, ChecklistTemplate> = Object.fromEntries(
  [party, service, development, conduct, duty, assist].map((t) => {
    const parsed = templateSchema.parse(t);
    return [parsed.code, parsed];
  }),
) as Record<ChecklistCode, ChecklistTemplate>;
