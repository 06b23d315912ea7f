import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@shared/core/dates';
import type { Region } from '@web/data/regions/types';
import { PopulationTable } from '@web/modules/admin-regions/components/population-table';
import { RegionImports } from '@web/modules/admin-regions/components/region-imports';
import { RegionTree } from '@web/modules/admin-regions/components/region-tree';
import '@web/modules/admin-regions/admin-regions.css';

const CENSUS_YEAR = 2020;

/** 地区与人口: the tree with codes, a region's older population by year and basis, and the imports of both. */
export function AdminRegionsPage() {
  const { t } = useTranslation();
  const [region, setRegion] = useState<Region | null>(null);
  const thisYear = Number(today().slice(0, 4));
  // From the seventh census (2020), which most plans quote, to this year; newest first.
  const years = Array.from({ length: Math.max(1, thisYear - CENSUS_YEAR + 1) }, (_, back) => thisYear - back);
  return (
    <div className="stack">
      <header className="page-head">
        <div>
          <h1 className="page-head__title">{t('nav.regions')}</h1>
          <p className="hint">{t('admin.regions.intro')}</p>
        </div>
      </header>
      <div className="regions-layout">
        <RegionTree selected={region} onSelect={setRegion} />
        <PopulationTable region={region} years={years} />
      </div>
      <RegionImports defaultYear={thisYear - 1} />
    </div>
  );
}
