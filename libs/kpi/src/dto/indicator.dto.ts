import { ApiProperty } from '@nestjs/swagger';
import { SOURCE_NAMES, type IndicatorDefinition } from '../domain/indicators';

export class IndicatorDto {
  @ApiProperty({ example: 'care_type_bed_share' }) id: string;
  @ApiProperty({ description: 'kpi-catalog.yaml id this measures (a segment of it when the id has a suffix)' }) catalogId: string;
  @ApiProperty({ example: '养老机构护理型床位占比' }) nameZh: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ example: '%' }) unitZh: string;
  @ApiProperty() unitEn: string;
  @ApiProperty({ enum: ['at_least', 'at_most', 'exact', 'grow'] }) direction: string;
  @ApiProperty({ enum: ['stock', 'flow'], description: 'stock: state on the month’s last day (月末存量); flow: events in the month (当月流量)' }) rollup: string;
  @ApiProperty({ enum: SOURCE_NAMES }) source: string;
  @ApiProperty({ enum: ['none', 'sum', 'population', 'days'], description: 'What the numerator is divided by' }) denominatorKind: string;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: ['population_less'],
    description: 'population_less: the numerator is the region’s 60+ population less the counted people (社区老年人 = 60+ less those in institutions)',
  })
  numeratorBase: 'population_less' | null;
  @ApiProperty() scale: number;
  @ApiProperty() decimals: number;
  @ApiProperty({ description: 'Targets hold for every county-level unit' }) perCounty: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Cumulative targets add the months from this one' }) cumulativeFrom: string | null;
}

export function mapIndicator(definition: IndicatorDefinition): IndicatorDto {
  return {
    id: definition.id,
    catalogId: definition.catalogId,
    nameZh: definition.nameZh,
    nameEn: definition.nameEn,
    unitZh: definition.unitZh,
    unitEn: definition.unitEn,
    direction: definition.direction,
    rollup: definition.rollup,
    source: definition.source,
    denominatorKind: definition.denominator.kind,
    numeratorBase: definition.numeratorBase ?? null,
    scale: definition.scale,
    decimals: definition.decimals,
    perCounty: Boolean(definition.perCounty),
    cumulativeFrom: definition.cumulativeFrom ?? null,
  };
}
