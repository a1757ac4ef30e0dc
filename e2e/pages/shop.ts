import type { Page } from '@playwright/test';
import { expect } from '../fixtures.js';
import { choose } from './antd.js';

/** Page object for 积分超市 (goods, stock-in, reports). */
export class ShopPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('积分超市').click();
    await expect(this.page.getByRole('heading', { name: '积分超市' })).toBeVisible();
  }

  async addGoods(g: { name: string; price: string; unit: string; barcode: string }) {
    await this.page.getByRole('button', { name: '新增商品' }).click();
    const dialog = this.page.getByRole('dialog', { name: '新增商品' });
    await dialog.getByLabel('商品名称').fill(g.name);
    await dialog.getByLabel('单位').fill(g.unit);
    await dialog.getByLabel('积分价格').fill(g.price);
    await dialog.getByLabel('条码（可扫描）').fill(g.barcode);
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await expect(dialog).toBeHidden();
  }

  /** 待领取/送货: records who handed a waiting redemption over; the lasting notice says what was recorded. */
  async handOver(household: string, result: '已送达' | '已领取', handledBy: string) {
    await this.page.getByRole('tab', { name: '待领取/送货' }).click();
    await this.row(household).getByRole('button', { name: '登记交付' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '登记交付' });
    await dialog.getByText(result, { exact: true }).click();
    await dialog.getByLabel('经手人').fill(handledBy);
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await expect(dialog).toBeHidden();
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  async donate(goods: string, quantity: string, donorKind: string, donor: string) {
    await this.row(goods).getByRole('button', { name: /入\s?库/ }).click();
    const dialog = this.page.getByRole('dialog', { name: `入库：${goods}` });
    await dialog.getByLabel('捐赠').check();
    await dialog.getByLabel(/^数量/).fill(quantity);
    await choose(this.page, dialog.getByLabel('捐赠方类型'), donorKind);
    await dialog.getByLabel('捐赠方', { exact: true }).fill(donor);
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await expect(dialog).toBeHidden();
  }
}
