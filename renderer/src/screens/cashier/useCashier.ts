import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CartInput, GoodsRow, Receipt, ShopHousehold } from '../../../../electron/core/contract/shop.js';
import { invoke } from '../../api/client.js';
import { T } from './text.js';

export interface CartLine {
  goods: GoodsRow;
  quantity: number;
}

type Handover = CartInput['handover'];

const newKey = () => `cart-${crypto.randomUUID()}`;

/**
 * The cashier's state: who is at the counter, the cart, and the last receipt.
 * The idempotency key is made when the cart opens, so a second Enter or a
 * double click sends the same key and gets the first receipt back.
 */
export function useCashier() {
  const [goods, setGoods] = useState<GoodsRow[]>([]);
  const [household, setHousehold] = useState<ShopHousehold | null>(null);
  const [candidates, setCandidates] = useState<ShopHousehold[]>([]);
  const [goodsChoices, setGoodsChoices] = useState<GoodsRow[]>([]);
  const [lines, setLines] = useState<CartLine[]>([]);
  const [collector, setCollector] = useState('');
  const [handover, setHandover] = useState<Handover>('collected');
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newKey());

  const loadGoods = useCallback(() => invoke('shop.goods.list', {}).then(setGoods, (e: Error) => setError(e.message)), []);
  useEffect(() => void loadGoods(), [loadGoods]);

  const open = useCallback((h: ShopHousehold) => {
    key.current = newKey();
    setHousehold(h);
    setCandidates([]);
    setLines([]);
    setCollector('');
    setHandover('collected');
    setGoodsChoices([]);
    setError(null);
    setReceipt(null);
  }, []);

  const reset = useCallback(() => {
    key.current = newKey();
    setHousehold(null);
    setCandidates([]);
    setLines([]);
    setCollector('');
    setHandover('collected');
    setGoodsChoices([]);
    setError(null);
  }, []);

  /** The next customer: the counter empties, the last receipt included (it stays in 兑换记录). */
  const next = useCallback(() => {
    reset();
    setReceipt(null);
  }, [reset]);

  /** Returns true when a household is now at the counter. */
  const findHousehold = useCallback(
    async (query: string): Promise<boolean> => {
      const q = query.trim();
      if (!q) return false;
      try {
        const found = await invoke('shop.households.find', { query: q });
        if (found.length === 1 && found[0]) {
          open(found[0]);
          return true;
        }
        setCandidates(found);
        setError(found.length === 0 ? T.noHousehold(q) : null);
      } catch (e) {
        setError((e as Error).message);
      }
      return false;
    },
    [open],
  );

  /** Refused at the counter, not at confirm: goods the shelf does not have never reach the cart. */
  const add = useCallback(
    (g: GoodsRow) => {
      setGoodsChoices([]);
      const inCart = lines.find((l) => l.goods.id === g.id)?.quantity ?? 0;
      if (g.stock !== null && inCart + 1 > g.stock) return setError(T.outOfStock(g.name, g.stock, g.unit));
      setError(null);
      setLines((ls) => (ls.some((l) => l.goods.id === g.id) ? ls.map((l) => (l.goods.id === g.id ? { ...l, quantity: l.quantity + 1 } : l)) : [...ls, { goods: g, quantity: 1 }]));
    },
    [lines],
  );

  /** A scanned barcode is exact; typed text matches names. */
  const scanGoods = useCallback(
    (query: string) => {
      const q = query.trim();
      const byCode = goods.find((g) => g.barcode === q);
      const byName = byCode ? [byCode] : goods.filter((g) => g.name.includes(q));
      if (byName.length === 1 && byName[0]) add(byName[0]);
      else {
        setGoodsChoices(byName);
        setError(byName.length === 0 ? T.noGoods(q) : null);
      }
    },
    [goods, add],
  );

  const setQuantity = useCallback((goodsId: number, quantity: number) => {
    setLines((ls) => ls.map((l) => (l.goods.id === goodsId ? { ...l, quantity } : l)));
  }, []);
  const remove = useCallback((goodsId: number) => setLines((ls) => ls.filter((l) => l.goods.id !== goodsId)), []);

  const total = useMemo(() => lines.reduce((s, l) => s + l.goods.price * l.quantity, 0), [lines]);

  const confirm = useCallback(async () => {
    if (!household || lines.length === 0) return;
    setBusy(true);
    try {
      const r = await invoke('shop.redeem', {
        key: key.current,
        householdId: household.id,
        collector,
        handover,
        lines: lines.map((l) => ({ goodsId: l.goods.id, quantity: l.quantity })),
      });
      setReceipt(r);
      reset();
      void loadGoods();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, [household, lines, collector, handover, reset, loadGoods]);

  return { goods, household, candidates, goodsChoices, lines, collector, setCollector, handover, setHandover, error, receipt, busy, total, findHousehold, open, scanGoods, add, setQuantity, remove, confirm, reset, next };
}
