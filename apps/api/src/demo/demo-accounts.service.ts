import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEMO_ADMIN_PASSWORD, Role, UsersService, verifyPassword } from '@yiyang/auth';
import { AppConfig, ROOT_LOGGER, type RootLogger } from '@yiyang/core';
import type { DataSource } from 'typeorm';

const YUBEI = '500112000000';
const WHO: Record<string, string> = { 'ningbo.home': '养老机构 care home', 'yubei.office': '民政部门 office', 'ningbo.assessor': '评估员 assessor' };
const NINGBO = '330200000000';

export interface DemoLogin {
  username: string;
  password: string;
  /** Who the account stands for, printed in the banner. */
  who: string;
}

/**
 * One account per kind of person the demo is for, so that a newcomer sees each workspace: a care-home operator running
 * 宁波市's two busiest homes, 渝北区's civil-affairs officer, an assessor of 宁波市. Created only with the embedded demo
 * (no ADMIN_PASSWORD), with the demo administrator's documented password; never with DATABASE_URL.
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

  /** After the demo data loaded into an empty database. */
  async create(): Promise<void> {
    if (!this.enabled) return;
    // The two open homes of 宁波市 with the most people in residence (then the most beds): a board worth looking at.
    const homes: { id: string }[] = await this.dataSource.query(
      `SELECT f.id FROM facility f
         JOIN bed b ON b.facility_id = f.id
         LEFT JOIN stay s ON s.bed_id = b.id AND s.discharged_on IS NULL
        WHERE f.region_code LIKE $1 AND f.closed_on IS NULL
        GROUP BY f.id ORDER BY count(s.id) DESC, count(DISTINCT b.id) DESC, f.id LIMIT 2`,
      [`${NINGBO.slice(0, 4)}%`],
    );
    const accounts = [
      { username: 'ningbo.home', displayName: '宁波 · 养老院值班护士站', role: Role.Operator, facilityIds: homes.map((home) => home.id) },
      { username: 'yubei.office', displayName: '渝北区民政局', role: Role.CivilAffairs, regionCode: YUBEI },
      { username: 'ningbo.assessor', displayName: '宁波市 · 能力评估员', role: Role.Assessor, regionCode: NINGBO },
    ];
    for (const account of accounts) await this.users.create({ ...account, password: DEMO_ADMIN_PASSWORD });
    this.logger.info({ usernames: accounts.map((account) => account.username) }, 'demo accounts created');
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
