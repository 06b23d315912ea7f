import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionChildrenQuery, regionRootsQuery } from '@web/data/regions/region-children-query';
import type { Region } from '@web/data/regions/types';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';

type Node = DataNode & { region: Region };

const toNode = (region: Region): Node => ({
  key: region.code,
  region,
  isLeaf: region.level === 'village',
  title: (
    <span className="region-tree__node">
      {region.name} <code className="region-tree__code">{region.code}</code> <span className="region-tree__level">{region.levelLabel.zh}</span>
    </span>
  ),
});

function withChildren(nodes: Node[], key: string, children: Node[]): Node[] {
  return nodes.map((node) =>
    node.key === key ? { ...node, children, isLeaf: children.length === 0 } : node.children ? { ...node, children: withChildren(node.children as Node[], key, children) } : node,
  );
}

/** 行政区划树: provinces first, children loaded when a branch opens; choosing one shows its population. */
export function RegionTree({ selected, onSelect }: { selected: Region | null; onSelect: (region: Region) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roots = useQuery(regionRootsQuery());
  const [nodes, setNodes] = useState<Node[]>([]);
  useEffect(() => {
    if (roots.data) setNodes(roots.data.map(toNode));
  }, [roots.data]);

  const loadData = async (node: { key: React.Key }) => {
    const children = await queryClient.fetchQuery(regionChildrenQuery(String(node.key)));
    setNodes((current) => withChildren(current, String(node.key), children.map(toNode)));
  };

  return (
    <section className="panel" aria-labelledby="region-tree-title">
      <h2 id="region-tree-title" className="panel__title">
        {t('admin.regions.tree')}
      </h2>
      <p className="hint">{t('admin.regions.treeHint')}</p>
      {roots.error ? (
        <ErrorNotice error={roots.error} onRetry={() => void roots.refetch()} />
      ) : roots.isPending ? (
        <PageLoading />
      ) : (
        <Tree<Node>
          className="region-tree"
          aria-label={t('admin.regions.tree')}
          treeData={nodes}
          loadData={loadData}
          selectedKeys={selected ? [selected.code] : []}
          onSelect={(_keys, { node }) => onSelect(node.region)}
          height={520}
        />
      )}
    </section>
  );
}
