import { screen, type BrowserWindow, type Rectangle } from 'electron';
import type { WindowBounds } from '../core/contract/prefs.js';
import type { PrefsStore } from '../core/prefs/store.js';

const DEFAULT_SIZE = { width: 1280, height: 800 };

/**
 * The size and place the window had when last closed, if it still fits on a
 * screen now (a projector or second monitor may be gone); else the default size.
 */
export function restoredBounds(saved: WindowBounds | null): Partial<Rectangle> & { width: number; height: number } {
  if (!saved) return DEFAULT_SIZE;
  const visible = screen.getAllDisplays().some(({ workArea: a }) => saved.x < a.x + a.width - 100 && saved.x + saved.width > a.x + 100 && saved.y >= a.y - 10 && saved.y < a.y + a.height - 100);
  const { x, y, width, height } = saved;
  return visible ? { x, y, width, height } : { width, height };
}

/** Remembers the window's size, place and maximized state in this PC's preferences when it closes. */
export function rememberBounds(win: BrowserWindow, prefs: PrefsStore): void {
  win.on('close', () => {
    const { x, y, width, height } = win.getNormalBounds();
    try {
      prefs.write({ window: { x, y, width: Math.max(width, 400), height: Math.max(height, 300), maximized: win.isMaximized() } });
    } catch (error) {
      console.error('could not save the window size', error);
    }
  });
}
