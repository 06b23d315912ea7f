import { useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionChildrenQuery, regionRootsQuery } from '@web/data/regions/region-children-query';
import { regionQuery } from '@web/data/regions/region-query';
import { useRegionSearchQuery } from '@web/data/regions/region-search-query';
import type { Region } from '@web/data/regions/types';
import { useSession } from '@web/modules/auth/hooks/use-session';

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

const toNode = (region: Region): Node => ({
  id: region.code,
  pId: region.parentCode,
  value: region.code,
  title: region.name,
  isLeaf: region.level === 'village',
});

interface Props {
  id: string;
  value: string | null;
  /** The chosen region's name, from the page's own answer, so the picker asks nothing before it is opened. */
  valueName: string | undefined;
  onChange: (code: string) => void;
  /** What the picker is for, when a page has more than one (default 地区). */
  ariaLabel?: string;
}

/**
 * 地区 region picker: the tree from the person's own region (an administrator's from the provinces), children loaded
 * on expand, and a name search in the same subtree. It asks the API nothing until it is opened.
 */
export function RegionPicker({ id, value, valueName, onChange, ariaLabel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const within = useSession()?.user?.regionCode ?? null;
  const [opened, setOpened] = useState(false);
  const [nodes, setNodes] = useState<Node[]>([]);
  const [term, setTerm] = useState('');
  // The name of the region picked here, shown until the page's own answer (`valueName`) names it: never a bare code.
  const [picked, setPicked] = useState<{ code: string; name: string } | null>(null);
  const search = useRegionSearchQuery(term, within);

  useEffect(() => {
    if (!opened || nodes.length > 0) return;
    const roots = within ? queryClient.fetchQuery(regionQuery(within)).then((region) => [region]) : queryClient.fetchQuery(regionRootsQuery());
    void roots.then((regions) => setNodes(regions.map((region) => ({ ...toNode(region), pId: null }))));
  }, [opened, nodes.length, within, queryClient]);

  const loadChildren = async (node: { value?: string | number }) => {
    const code = String(node.value);
    const children = await queryClient.fetchQuery(regionChildrenQuery(code));
    setNodes((current) => {
      const known = new Set(current.map((item) => item.id));
      const added = children.filter((child) => !known.has(child.code)).map(toNode);
      // A region without children becomes a leaf, so it offers no empty expand.
      return [...current.map((item) => (item.id === code && children.length === 0 ? { ...item, isLeaf: true } : item)), ...added];
    });
  };

  const searching = term.trim().length > 0;
  const treeData = useMemo(
    () => (searching ? (search.data ?? []).map((region) => ({ ...toNode(region), pId: null, isLeaf: true, title: `${region.name}（${region.levelLabel.zh}）` })) : nodes),
    [searching, search.data, nodes],
  );

  return (
    <TreeSelect
      id={id}
      aria-label={ariaLabel ?? t('kpi.region')}
      className="picker picker--region"
      value={value ? { value, label: valueName ?? (picked?.code === value ? picked.name : value) } : undefined}
      labelInValue
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeData={treeData}
      loadData={searching ? undefined : loadChildren}
      treeLoadedKeys={undefined}
      showSearch={{ searchValue: term, onSearch: setTerm, filterTreeNode: false, autoClearSearchValue: true }}
      onOpenChange={(open) => {
        if (open) setOpened(true);
        else setTerm('');
      }}
      onChange={(next: { value: string; label?: unknown } | undefined) => {
        if (next?.value) {
          const name = search.data?.find((region) => region.code === next.value)?.name ?? nodes.find((node) => node.value === next.value)?.title;
          if (name) setPicked({ code: next.value, name });
          onChange(next.value);
        }
        setTerm('');
      }}
      placeholder={t('kpi.regionPlaceholder')}
      notFoundContent={search.isFetching ? t('kpi.searching') : t('kpi.noRegion')}
      popupMatchSelectWidth={false}
      listHeight={320}
    />
  );
}
