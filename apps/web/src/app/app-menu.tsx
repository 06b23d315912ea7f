import { Drawer, Menu, type MenuProps } from 'antd';
import { useState } from 'react';
import type { MenuEntry } from './navigation';

type Items = MenuEntry[];

/** The role's menu. No per-item tooltip: it is for a collapsed inline menu, which this never is. */
export function AppMenu({ mode, items, selected, onClick }: { mode: 'horizontal' | 'inline'; items: Items; selected: string[]; onClick?: () => void }) {
  return <Menu mode={mode} selectedKeys={selected} items={items as NonNullable<MenuProps['items']>} onClick={onClick} tooltip={false} className="app-menu" />;
}

/**
 * Below 992 px the menu opens in a drawer from the left. It mounts closed and opens on the next frame, so that the
 * drawer slides in as it did when it was always mounted; closing lets the animation finish before it unmounts.
 */
export function MenuDrawer({ title, items, selected, onClose }: { title: string; items: Items; selected: string[]; onClose(): void }) {
  const [open, setOpen] = useState(true);
  return (
    <Drawer open={open} onClose={() => setOpen(false)} afterOpenChange={(visible) => !visible && onClose()} placement="left" title={title} size={260}>
      <AppMenu mode="inline" items={items} selected={selected} onClick={() => setOpen(false)} />
    </Drawer>
  );
}
