import { InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POPULATION_BASES, type PopulationBasis } from '@web/data/regions/population-query';
import { useImportPopulationMutation, useImportRegionsMutation } from '@web/data/regions/import-regions-mutation';
import { FileImport } from '@web/ui/file-import/file-import';
import { useImportPlacesMutation } from '@web/data/places/import-places-mutation';

/** 导入区划、人口与社区位置: the imports of the regions' data, through the shared file import. */
export function RegionImports({ defaultYear }: { defaultYear: number }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(defaultYear);
  const [basis, setBasis] = useState<PopulationBasis>('resident');
  const regions = useImportRegionsMutation();
  const population = useImportPopulationMutation({ year, basis });
  const places = useImportPlacesMutation();
  const done = (result: { rows: number; inserted: number; updated: number; unchanged: number }) => t('admin.regions.doneCounts', result);
  const refused = (count: number) => t('admin.regions.refused', { count });

  return (
    <div className="panels">
      <FileImport
        id="import-regions-title"
        title={t('admin.regions.importRegions')}
        hint={t('admin.regions.importRegionsHint')}
        chooseLabel={t('admin.regions.choose')}
        upload={regions}
        doneText={done}
        refusedText={refused}
      />
      <FileImport
        id="import-population-title"
        title={t('admin.regions.importPopulation')}
        hint={t('admin.regions.importPopulationHint')}
        chooseLabel={t('admin.regions.choose')}
        upload={population}
        doneText={done}
        refusedText={refused}
      >
        <label className="region-imports__field">
          {t('admin.regions.year')}
          <InputNumber min={1949} max={2100} value={year} onChange={(next) => next && setYear(next)} aria-label={t('admin.regions.year')} />
        </label>
        <label className="region-imports__field">
          {t('admin.regions.basis')}
          <Select<PopulationBasis>
            value={basis}
            onChange={setBasis}
            aria-label={t('admin.regions.basis')}
            style={{ minWidth: 140 }}
            options={POPULATION_BASES.map((value) => ({ value, label: t(`admin.regions.bases.${value}`) }))}
          />
        </label>
      </FileImport>
      <FileImport
        id="import-places-title"
        title={t('places.importPlaces.title')}
        hint={t('places.importPlaces.hint')}
        chooseLabel={t('admin.regions.choose')}
        upload={places}
        doneText={(result) => t('places.importPlaces.done', result)}
        refusedText={refused}
      />
    </div>
  );
}
