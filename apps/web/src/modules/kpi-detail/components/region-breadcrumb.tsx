import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isInRegionSubtree, regionAncestry } from '@shared/core/region-code';
import { useRegionsQuery } from '@web/data/regions/region-query';
import { useSession } from '@web/modules/auth/hooks/use-session';

/**
 * The way back up the tree: the region's ancestors from the top the person may see (an officer's own region) down to
 * it, each a link to the same view one level up.
 */
export function RegionBreadcrumb({ region, regionName, hrefOf }: { region: string; regionName: string | undefined; hrefOf: (code: string) => string }) {
  const { t } = useTranslation();
  const own = useSession()?.user?.regionCode ?? null;
  const chain = regionAncestry(region)
    .reverse()
    .filter((code) => !own || isInRegionSubtree(code, own));
  const above = chain.slice(0, -1);
  const names = useRegionsQuery(above);
  return (
    <Breadcrumb
      aria-label={t('detail.breadcrumb')}
      items={[
        ...above.map((code, index) => ({ key: code, title: <Link to={hrefOf(code)}>{names[index]?.data?.name ?? code}</Link> })),
        { key: region, title: <span aria-current="page">{regionName ?? region}</span> },
      ]}
    />
  );
}
