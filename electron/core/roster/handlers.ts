import type { DomainHandlers } from '../api/dispatcher.js';
import { UserError } from '../api/errors.js';
import { isoWithOffset, localDate } from '../api/time.js';
import type { rosterApi } from '../contract/roster.js';
import { listCadres, saveCadre } from './cadres.js';
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
  'roster.households.update': ({ id, ...input }, ctx) => {
    updateHousehold(ctx.db, id, input, isoWithOffset(ctx.clock.now()));
    return getHousehold(ctx.db, id);
  },
  'roster.households.setStatus': ({ id, status }, ctx) => {
    setHouseholdStatus(ctx.db, id, status, isoWithOffset(ctx.clock.now()));
    return getHousehold(ctx.db, id);
  },
  'roster.cadres.list': ({ current }, ctx) => listCadres(ctx.db, current, localDate(ctx.clock.now())),
  'roster.cadres.save': (input, ctx) => saveCadre(ctx.db, input),
};
