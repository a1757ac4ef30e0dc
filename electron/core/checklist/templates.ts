import { z } from 'zod';
import { CHECKLIST_CODES, itemValues, type ChecklistCode } from '../contract/checklist.js';
import party from '../../../resources/checklists/party.json' with { type: 'json' };
import service from '../../../resources/checklists/service.json' with { type: 'json' };
import development from '../../../resources/checklists/development.json' with { type: 'json' };
import conduct from '../../../resources/checklists/conduct.json' with { type: 'json' };
import duty from '../../../resources/checklists/duty.json' with { type: 'json' };
import assist from '../../../resources/checklists/assist.json' with { type: 'json' };

const templateSchema = z.object({
  code: z.enum(CHECKLIST_CODES),
  name: z.string(),
  items: z.array(z.object({ category: z.string().default(''), name: z.string().min(1) }).and(itemValues)),
});
export type ChecklistTemplate = z.output<typeof templateSchema>;

/** The shipped templates, bundled with the program and checked against the same schema as the editor. */
export const TEMPLATES: Record<ChecklistCode, ChecklistTemplate> = Object.fromEntries(
  [party, service, development, conduct, duty, assist].map((t) => {
    const parsed = templateSchema.parse(t);
    return [parsed.code, parsed];
  }),
) as Record<ChecklistCode, ChecklistTemplate>;
