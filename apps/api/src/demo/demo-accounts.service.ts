import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEMO_ADMIN_PASSWORD, Role, UsersService, verifyPassword } from '@yiyang/auth';
import { AppConfig, ROOT_LOGGER, type RootLogger } from '@yiyang/core';
import type { DataSource } from 'typeorm';

const YUBEI = '500112000000';
const WHO: Record<string, string> = {
  'ningbo.home': '养老机构 care home',
  'yubei.office': '民政部门 office',
  'ningbo.assessor': '评估员 assessor',
  'ningbo.family': '家属 family',
};
const NINGBO = '330200000000';
type DemoAccount = Omit<Parameters<UsersService['create']>[0], 'password'>;

export interface DemoLogin {
  username: string;
  password: string;
  /** Who the account stands for, printed in the banner. */
  who: string;
}

/**
 * One account per kind of person the demo is for, so that a newcomer sees each workspace: a care-home operator running
 * 宁波市's two busiest homes, 渝北区's civil-affairs officer, an assessor of 宁波市, and a family member of two older
 * people of 宁波市 living at home, with meals and home services to book near them. Created only with the embedded
 * demo (no ADMIN_PASSWORD), with the demo administrator's documented password; never with DATABASE_URL.
 */
@Injectable()
export class DemoAccountsService {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ROOT_LOGGER) private readonly logger: RootLogger,
  ) {}

  private get enabled(): boolean {
    return this.config.embeddedDatabase && !this.config.adminPassword;
  }

  /** At every start of the demo: the accounts it does not have yet (a username once taken is left alone). */
  async create(): Promise<void> {
    if (!this.enabled) return;
    const taken = new Set<string>(
      (await this.dataSource.query(`SELECT username FROM app_user WHERE username = ANY($1)`, [Object.keys(WHO)])).map((row: { username: string }) => row.username),
    );
    const makers: Record<string, () => Promise<DemoAccount | null>> = {
      'ningbo.home': async () => ({ username: 'ningbo.home', displayName: '宁波 · 养老院值班护士站', role: Role.Operator, facilityIds: await this.busiestHomes() }),
      'yubei.office': async () => ({ username: 'yubei.office', displayName: '渝北区民政局', role: Role.CivilAffairs, regionCode: YUBEI }),
      'ningbo.assessor': async () => ({ username: 'ningbo.assessor', displayName: '宁波市 · 能力评估员', role: Role.Assessor, regionCode: NINGBO }),
      'ningbo.family': async () => {
        const relatives = await this.relativesAtHome();
        return relatives.length ? { username: 'ningbo.family', displayName: '宁波 · 家属', role: Role.Family, residentIds: relatives } : null;
      },
    };
    const created: string[] = [];
    for (const [username, make] of Object.entries(makers)) {
      if (taken.has(username)) continue;
      const account = await make();
      if (!account) continue;
      await this.users.create({ ...account, password: DEMO_ADMIN_PASSWORD });
      created.push(username);
    }
    if (created.length) this.logger.info({ usernames: created }, 'demo accounts created');
  }

  /** The two open homes of 宁波市 with the most people in residence (then the most beds): a board worth looking at. */
  private async busiestHomes(): Promise<string[]> {
    const homes: { id: string }[] = await this.dataSource.query(
      `SELECT f.id FROM facility f
         JOIN bed b ON b.facility_id = f.id
         LEFT JOIN stay s ON s.bed_id = b.id AND s.discharged_on IS NULL
        WHERE f.region_code LIKE $1 AND f.closed_on IS NULL
        GROUP BY f.id ORDER BY count(s.id) DESC, count(DISTINCT b.id) DESC, f.id LIMIT 2`,
      [`${NINGBO.slice(0, 4)}%`],
    );
    return homes.map((home) => home.id);
  }

  /**
   * Two older people of 宁波市 (户籍 and home) who have never stayed in a care home and are 80 or over, so the demo's
   * subsidy rule covers them, living where the demo's canteens publish meals for the coming days: the ones who used
   * the services most.
   */
  private async relativesAtHome(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT r.id FROM resident r
        WHERE r.residence_region_code LIKE $1 AND r.hukou_region_code LIKE $1
          AND extract(year FROM age(current_date, r.birth_date)) >= 80
          AND NOT EXISTS (SELECT 1 FROM stay s WHERE s.resident_id = r.id)
          AND EXISTS (SELECT 1 FROM service_slot sl CROSS JOIN unnest(sl.area_prefixes) p
                       WHERE sl.service_type = 'meal' AND sl.status = 'open' AND sl.starts_at > now() AND r.residence_region_code LIKE p || '%')
        ORDER BY (SELECT count(*) FROM service_order o WHERE o.resident_id = r.id) DESC, r.birth_date, r.id
        LIMIT 2`,
      [`${NINGBO.slice(0, 4)}%`],
    );
    return rows.map((row) => row.id);
  }

  /** The demo accounts for the start-up banner, while they exist with the demo password. */
  async logins(): Promise<DemoLogin[]> {
    if (!this.enabled) return [];
    const rows: { username: string; password_hash: string }[] = await this.dataSource.query(
      `SELECT username, password_hash FROM app_user WHERE username = ANY($1) AND active ORDER BY username DESC`,
      [Object.keys(WHO)],
    );
    const kept = await Promise.all(rows.map((row) => verifyPassword(row.password_hash, DEMO_ADMIN_PASSWORD)));
    return rows.filter((_, index) => kept[index]).map((row) => ({ username: row.username, password: DEMO_ADMIN_PASSWORD, who: WHO[row.username] }));
  }
}
