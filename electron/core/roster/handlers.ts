import type { Ctx } from '../api/context.js';
import type { DomainHandlers } from '../api/dispatcher.js';
import { UserError } from '../api/errors.js';
import { isoWithOffset, localDate } from '../api/time.js';
import type { rosterApi } from '../contract/roster.js';
import { readVillage } from '../village/village.js';
import { listCadres, saveCadre } from './cadres.js';
import { commitImport, previewImport, problemsWorkbook } from './xlsx/import.js';
import { rosterExport, rosterTemplate } from './xlsx/workbook.js';
import {
  createHousehold,
  getHousehold,
  listGroups,
  listHouseholds,
  nextHouseholdNumber,
  requireGroup,
  setHouseholdStatus,
  updateHousehold,
} from './households.js';

const thisYear = (ctx: Ctx) => Number(localDate(ctx.clock.now()).slice(0, 4));

export const rosterHandlers: DomainHandlers<keyof typeof rosterApi> = {
  'roster.groups.list': (_i, ctx) => listGroups(ctx.db),
  'roster.groups.add': ({ name }, ctx) => {
    if (ctx.db.prepare('SELECT 1 FROM groups WHERE name = ?').get(name)) throw new UserError('DUPLICATE_GROUP', `村小组“${name}”已存在`);
    const sort = (ctx.db.prepare('SELECT coalesce(max(sort), 0) + 1 AS s FROM groups').get() as { s: number }).s;
    ctx.db.prepare('INSERT INTO groups (name, sort) VALUES (?, ?)').run(name, sort);
    return listGroups(ctx.db);
  },
  'roster.groups.rename': ({ id, name }, ctx) => {
    requireGroup(ctx.db, id);
    if (ctx.db.prepare('SELECT 1 FROM groups WHERE name = ? AND id <> ?').get(name, id)) throw new UserError('DUPLICATE_GROUP', `村小组“${name}”已存在`);
    ctx.db.prepare('UPDATE groups SET name = ? WHERE id = ?').run(name, id);
    return listGroups(ctx.db);
  },
  'roster.households.list': (q, ctx) => listHouseholds(ctx.db, q),
  'roster.households.get': ({ id }, ctx) => getHousehold(ctx.db, id),
  'roster.households.nextNumber': ({ groupId }, ctx) => nextHouseholdNumber(ctx.db, groupId),
  'roster.households.create': (input, ctx) => getHousehold(ctx.db, createHousehold(ctx.db, input, isoWithOffset(ctx.clock.now()))),
  'roster.households.update': ({ id, status, ...input }, ctx) => {
    const now = isoWithOffset(ctx.clock.now());
    updateHousehold(ctx.db, id, input, now);
    if (status) setHouseholdStatus(ctx.db, id, status, now);
    return getHousehold(ctx.db, id);
  },
  'roster.households.setStatus': ({ id, status }, ctx) => {
    setHouseholdStatus(ctx.db, id, status, isoWithOffset(ctx.clock.now()));
    return getHousehold(ctx.db, id);
  },
  'roster.xlsx.template': (_i, ctx) => rosterTemplate(ctx.db, readVillage(ctx.db)?.name ?? ''),
  'roster.xlsx.export': (_i, ctx) => rosterExport(ctx.db, readVillage(ctx.db)?.name ?? '', localDate(ctx.clock.now())),
  'roster.xlsx.preview': (input, ctx) => previewImport(ctx.db, input, thisYear(ctx)),
  'roster.xlsx.import': (input, ctx) => commitImport(ctx.db, input, thisYear(ctx), isoWithOffset(ctx.clock.now()), ctx.tx),
  'roster.xlsx.problems': (input, ctx) => problemsWorkbook(ctx.db, input, thisYear(ctx), localDate(ctx.clock.now())),
  'roster.cadres.list': ({ current }, ctx) => listCadres(ctx.db, current, localDate(ctx.clock.now())),
  'roster.cadres.save': (input, ctx) => saveCadre(ctx.db, input),
};
