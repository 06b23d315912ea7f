// Generated from the API's OpenAPI document by `npm run web:api-types` (test/web-api-types.e2e-spec.ts). Do not edit.

export interface paths {
    "/api/v1/admissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 入住记录 · Stays
         * @description Newest first; `active=true` for the stays running on `date` (default today). Family members see their relative's.
         */
        get: operations["AdmissionsController_list"];
        put?: never;
        /**
         * 入住 · Admit a person to a bed
         * @description Open, in-service beds only (409 otherwise, also when the bed is taken on that date or offered to a waiting-list applicant). May be backdated within open reporting periods, never future-dated. Needs the nine GB 38600 safety risks, given here (and recorded) or assessed in the 30 days before (400); refuses (422) a person without a current capability assessment where the facility's policy requires one, and home beds.
         */
        post: operations["AdmissionsController_admit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 入住记录 · One stay */
        get: operations["AdmissionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admissions/{id}/discharge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 出院 · Discharge
         * @description `on` is the first day away: from the admission day (a person who leaves the day they came; the bed is vacant again that day and no bed-day is counted) to today in China (400 otherwise).
         */
        post: operations["AdmissionsController_discharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admissions/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 转床 · Move to another bed
         * @description Ends this stay on `on` and starts the next in the new bed that day, in one transaction. The same bed is a 422.
         */
        post: operations["AdmissionsController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admissions/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 作废入住 · Void an admission made by mistake
         * @description On the day of admission (China time) only, by the facility's operators or an administrator: the stay is removed from every list, board, occupancy figure and indicator and kept apart with the reason; audited. 422 on a later day (discharge instead), for a stay that began with a transfer, and for one admitted by accepting a waiting-list offer.
         */
        post: operations["AdmissionsController_voidAdmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admissions/care-mismatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 护理需求错配 · People needing a care-type bed who lie in a general one
         * @description Standing assessed level 中度失能 or worse (≥ 2) in a bed not classified care-type on `date`, per facility; filter by facility or region.
         */
        get: operations["AdmissionsController_careMismatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admissions/occupancy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 入住率 · Occupancy of a month per facility
         * @description Available bed-days (institution and community beds open and in service), occupied bed-days, the rate, and the level-weighted occupied-bed count operating subsidies are paid on (weights: SUBSIDY_LEVEL_WEIGHTS, by each occupant's level at month end). A month in progress counts up to and including today; a month not yet begun is a 400.
         */
        get: operations["AdmissionsController_occupancy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评估工具 · Assessment instruments
         * @description Items with texts in zh and en, allowed scores, level bands and rules: enough to build a form.
         */
        get: operations["AssessmentsController_instruments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 能力评估 · Record a capability assessment
         * @description Items and conditions in; domain scores, total, preliminary level, each adjustment with its reason, final level and next due date out. Signed and immutable; correct with `corrects`.
         */
        post: operations["AssessmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 待评估 · Due or overdue for assessment
         * @description By facility or region; never-assessed people first, then the most overdue.
         */
        get: operations["AssessmentsController_due"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计日志 · Audit log
         * @description Who read or changed which record and when, newest first, with the account's username and name. Reads of people's records appear as action `read`. Personal numbers in `changes` are redacted. Administrators only; each call is itself recorded (entity `audit_log`).
         */
        get: operations["AuditLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出审计日志 · Export the audit log
         * @description The same filters as GET /audit-log, all matching rows, newest first, as CSV (UTF-8 with BOM, so Excel reads the Chinese; times in China time). Streamed in batches, so a long range does not wait for the whole file. Recorded as action `export` on `audit_log`.
         */
        get: operations["AuditLogController_exportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录 · Log in
         * @description Returns a bearer token. After LOGIN_RATE_LIMIT failed attempts for one username from one address (or five times as many from one address), 429 with Retry-After until the window ends.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 · The caller's account */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 床位 · One bed, as of a date */
        get: operations["BedsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 调整床位分类 · Reclassify a bed from a date
         * @description Months before effectiveFrom keep the classification they had.
         */
        patch: operations["BedsController_reclassify"];
        trace?: never;
    };
    "/api/v1/beds/{id}/back-in-service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复使用 · Put a bed back in service */
        post: operations["BedsController_backInService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤床 · Close a bed from a date */
        post: operations["BedsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beds/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 分类历史 · Classification periods
         * @description Every period with its classification, who set it and when.
         */
        get: operations["BedsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beds/{id}/out-of-service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂停使用 · Take a bed out of service */
        post: operations["BedsController_outOfService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beds/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 床位二维码 · QR code of the bed (一床一人一码)
         * @description SVG; encodes PUBLIC_URL/beds/{id}, the bed's page.
         */
        get: operations["BedsController_qr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beds/{id}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 改建床位 · Record a rebuild in place
         * @description The same bed (id, classification history and stays kept) is recorded as rebuilt and back in service on commissionedOn, a day within its open period; it counts once among 新建、改建养老床位 that month.
         */
        post: operations["BedsController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beds/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 床位汇总 · Open beds by facility kind and setting
         * @description On `date` (default today), in operating facilities of the region's subtree and the caller's scope: beds, care-type and dementia-care beds.
         */
        get: operations["BedsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-social-workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 社区社会工作者 · Community social workers
         * @description Serving now (or on `activeOn`), or all with includeEnded.
         */
        get: operations["CommunitySocialWorkersController_list"];
        put?: never;
        /**
         * 登记社区社会工作者 · Register a community social worker
         * @description A social worker serving older people in the community (社工站 and the like), not employed by a care facility.
         */
        post: operations["CommunitySocialWorkersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-social-workers/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束服务 · A community social worker stops serving
         * @description From `on` the worker no longer counts.
         */
        post: operations["CommunitySocialWorkersController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 设施列表 · List facilities
         * @description As of `date` (default today): the profile, star level and latest inspection in force then. Only facilities in the caller's scope.
         */
        get: operations["FacilitiesController_list"];
        put?: never;
        /**
         * 登记设施 · Register a facility
         * @description Officers register facilities in their subtree. The profile (kind, ownership, operation, functions, flags) starts on openedOn.
         */
        post: operations["FacilitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 设施详情 · One facility, as of a date */
        get: operations["FacilitiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改设施 · Change a facility
         * @description Profile fields take effect from effectiveFrom (default today) and leave earlier months as they were; kind, ownership, operation and managedByFacilityId are for officers only.
         */
        patch: operations["FacilitiesController_update"];
        trace?: never;
    };
    "/api/v1/facilities/{id}/admission-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 入住与轮候规则 · The admission rules in force
         * @description The facility's own, else its region's or the nearest region's above, else the defaults of standards.md §6; `source` says which.
         */
        get: operations["WaitlistController_policy"];
        /**
         * 设定机构规则 · Set a facility's own rules
         * @description By the civil-affairs office of its region, or an administrator.
         */
        put: operations["WaitlistController_setPolicy"];
        post?: never;
        /**
         * 取消机构规则 · Drop a facility's own rules
         * @description Its region's rules apply again; returns the rules now in force.
         */
        delete: operations["WaitlistController_clearPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/bed-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 床位一览 · Bed board
         * @description Floors, rooms and beds on `date` (default today), each with status (vacant / occupied / reserved / out_of_service / closed), kind and — once stays exist — the masked occupant; totals by kind. Rendered by one SQL statement and cached per facility, date and board version (bumped by database triggers on every change the board shows). Sent with an `ETag` (the board version, the date and when the first reservation ends) and `Cache-Control: private, no-cache`: a request whose `If-None-Match` names the board as it still is gets `304 Not Modified` without a body, decided on the version lookup alone.
         */
        get: operations["FacilityBedsController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/beds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 床位列表 · Beds of the facility on a date
         * @description Every bed the facility has had, as on `date` (default today in China): room, floor, setting, classification, status (vacant / occupied / reserved / out_of_service / closed / not_yet_open) and, when occupied, the stay and the masked occupant. Filter by status, care-type and floor; ordered by floor, room and code; paged (`total` counts every match).
         */
        get: operations["FacilityBedsController_list"];
        put?: never;
        /** 新增床位 · Add a bed */
        post: operations["FacilityBedsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/beds/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量新增床位 · Add many beds in one call
         * @description Up to 2,000 beds; rooms are created as named. All beds are checked first: one bad bed and none is written.
         */
        post: operations["FacilityBedsController_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/beds/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入床位 · Import beds (CSV or XLSX)
         * @description Columns code, room, care_type (是/否, yes/no), opened_on (YYYY-MM-DD), and optionally floor, dementia_care (是/否), origin (原有/新建/改建, empty = existing) and commissioned_on (default opened_on; new and rebuilt beds count among 新建、改建养老床位 that month); the template is GET …/beds/import-template.csv. All or nothing, like the bulk endpoint: every row is checked first, and with any bad row nothing is written and the 400 lists them (`details[]`: `line` of the file, header = 1; `field`, the column; `message`, zh · en), the first 1,000 by line. Rooms are created as named. Past IMPORT_JOB_THRESHOLD_ROWS rows (default 5,000) the import runs as a job: 202 with its status resource (GET /api/v1/imports/:id), all or nothing as well. A file larger than UPLOAD_MAX_BYTES, or with more than IMPORT_MAX_ROWS rows, is a 413.
         */
        post: operations["FacilityBedsController_importBeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/beds/import-template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 床位导入模板 · Template of a bed file
         * @description CSV (UTF-8 with BOM, so Excel reads the Chinese): the columns and two example rows.
         */
        get: operations["FacilityBedsController_importTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 停业 · Close a facility
         * @description From `on` the facility and its beds no longer count.
         */
        post: operations["FacilitiesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/hazards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 安全隐患 · Safety hazards of the facility, latest found first */
        get: operations["FacilityWorksController_listHazards"];
        put?: never;
        /**
         * 登记安全隐患 · Record a safety hazard found
         * @description Major (重大) or not, the day it was found and, optionally, the yearly inspection that found it.
         */
        post: operations["FacilityWorksController_recordHazard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/hazards/{hazardId}/rectify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 隐患整改完成 · A hazard put right */
        post: operations["FacilityWorksController_rectifyHazard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 档案变更历史 · Profile versions
         * @description Every period with what the facility was, who set it and when.
         */
        get: operations["FacilitiesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质量检查记录 · Inspections, latest first */
        get: operations["FacilitiesController_inspections"];
        put?: never;
        /** 年度质量检查 · Record the yearly quality inspection */
        post: operations["FacilitiesController_addInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 设施位置 · Where a facility stands (WGS-84)
         * @description 404 when no point is recorded yet.
         */
        get: operations["FacilityLocationController_location"];
        /**
         * 设施位置 · Set where a facility stands
         * @description lat/lng in WGS-84 or GCJ-02 (高德/腾讯地图), stored as WGS-84; the facility's operators and the officers over it.
         */
        put: operations["FacilityLocationController_putLocation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/medical-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 机构签约合作 · A facility's cooperation agreements
         * @description Latest signed first; `inForce` as of `date` (default today).
         */
        get: operations["MedicalAgreementsController_list"];
        put?: never;
        /**
         * 登记签约合作 · Record a cooperation agreement with a medical institution
         * @description The facility's officials and operators; the institution must be one the caller can see.
         */
        post: operations["MedicalAgreementsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建设项目 · Building projects of the facility, latest started first */
        get: operations["FacilityWorksController_listProjects"];
        put?: never;
        /**
         * 登记建设项目 · Record a building project
         * @description 提升改造 upgrade, 消防改造 fire safety, 维修改造 repair, 改扩建 expansion or 新建 new build; with its funding, and its completion date if done.
         */
        post: operations["FacilityWorksController_createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/projects/{projectId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 项目竣工 · Complete a building project */
        post: operations["FacilityWorksController_completeProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/service-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本机构时段与预约 · A facility's slots with their bookings
         * @description Its slots between two dates (at most 42 days), each with its bookings: masked names and state. For its staff and the officers of its region; every person shown is an audited read.
         */
        get: operations["ServiceSlotsController_schedule"];
        put?: never;
        /**
         * 发布时段 · Publish a slot
         * @description Type, start and end (for home services: the arrival window), places, price in cents, the area served (region codes).
         */
        post: operations["ServiceSlotsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/service-slots/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 按规则发布时段 · Publish recurring slots
         * @description An iCalendar RRULE (e.g. every weekday: FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR) from one date to another, at a time of day (China Standard Time): at most 400 slots.
         */
        post: operations["ServiceSlotsController_series"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/service-statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 服务商月结单 · A provider's monthly statement
         * @description Delivered orders by type: the subsidy to claim, the self-pay collected.
         */
        get: operations["ServiceOrdersController_providerStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作人员 · Staff employed on a date */
        get: operations["FacilitiesController_listStaff"];
        put?: never;
        /**
         * 登记工作人员 · Add a staff member
         * @description With role (养老护理员, 社工, 护士…) and certificates.
         */
        post: operations["FacilitiesController_addStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/star-ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 星级评定记录 · Star ratings, latest first */
        get: operations["FacilitiesController_starRatings"];
        put?: never;
        /**
         * 星级评定 · Record a star rating (GB/T 37276-2018)
         * @description Section scores out of 120/130/150/600; the level needs the total (360/450/570/780/900) and every section at 40/50/60/80/90 % of its maximum.
         */
        post: operations["FacilitiesController_addStarRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 轮候名单 · The waiting list, in order
         * @description Each applicant with priority group, level, position and why. The facility's staff and its region's officers see everyone, the vacant beds and who is next; anyone else sees only the places of people they may see directly (a family member: their relative; an officer: people of their region), and nothing else. Every person shown is an audited read.
         */
        get: operations["WaitlistController_list"];
        put?: never;
        /**
         * 申请轮候 · Apply for a public facility's bed
         * @description For a person the caller may see (a family member: their relative). Public facilities only (422). One open application per person and facility (409). A suspension after a declined offer carries over to a new application.
         */
        post: operations["WaitlistController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home-modifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 适老化改造 · Home modifications
         * @description Those of the caller's region, latest application first; by region, person, hardship, completed, application dates, applicant.
         */
        get: operations["CommunityRecordsController_modificationList"];
        put?: never;
        /**
         * 登记适老化改造 · Record a home modification
         * @description A household of the caller's region (township, village or community): applicant, hardship household (困难老年人家庭), subsidy, applied and (when done) completed.
         */
        post: operations["CommunityRecordsController_createModification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home-modifications/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 改造完工 · Mark a home modification completed
         * @description On or after the application; once (422 when already completed).
         */
        post: operations["CommunityRecordsController_completeModification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home-modifications/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入适老化改造台账 · Import home modifications (CSV or XLSX)
         * @description The list an office keeps, one household a row; Chinese headers are accepted too (申请人, 困难家庭 是/否, 申请日期…). Columns: `region_code` / `区划代码` / `村社区代码` (required), `applicant_name` / `申请人` / `姓名` (required), `hardship` / `困难家庭` / `困难老年人家庭` (required), `subsidised` / `是否补贴` / `补贴` (required), `subsidy_yuan` / `补贴金额` / `补贴金额（元）`, `applied_on` / `申请日期` (required), `completed_on` / `完工日期` / `完成日期`, `resident_id` / `老年人编号`. The whole file is checked first: with any bad row nothing is written and the 400 lists the bad rows (`details[].line`, `field`, `message`).
         */
        post: operations["CommunityRecordsController_importModifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导入任务状态 · Status of an import job
         * @description An upload past IMPORT_JOB_THRESHOLD_ROWS answers 202 with this resource; poll it until `completed` (with the result a synchronous import gives) or `failed` (nothing written; the first 1,000 problems and their count). Only the uploader and administrators see it.
         */
        get: operations["ImportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kangyang-consortia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 康养联合体列表 · List consortia
         * @description Officials see their region's; operators those their facilities belong to.
         */
        get: operations["ConsortiaController_list"];
        put?: never;
        /**
         * 登记康养联合体 · Register a health-and-care consortium
         * @description With its member facilities and medical institutions.
         */
        post: operations["ConsortiaController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kangyang-consortia/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 康养联合体详情 · One consortium */
        get: operations["ConsortiaController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改康养联合体 · Change a consortium
         * @description Name, the 五有 flag, and the members (a list given replaces the one held).
         */
        patch: operations["ConsortiaController_update"];
        trace?: never;
    };
    "/api/v1/kangyang-consortia/{id}/dissolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 解散康养联合体 · Dissolve a consortium
         * @description From `on` it no longer counts.
         */
        post: operations["ConsortiaController_dissolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 指标达成情况 · Attainment of every indicator
         * @description Per indicator: value, numerator, denominator, the target and its status (met / on track / at risk / off track against the straight line from baseline to target) and the gap as an action. The current month is computed live; closed months come from the rollup snapshots (computed live when a month was never rolled up).
         */
        get: operations["KpiController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/{indicator}/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下级分解 · The region’s children, ranked
         * @description Worst first: the children that hold the number down head the list.
         */
        get: operations["KpiController_breakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/{indicator}/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 达标预测 · When the target is expected to be met
         * @description The indicator’s monthly history of the region (from its earliest rolled-up month, at least 24 and at most 120 months up to `month`, by default the last closed month) projected to December of the target’s year (60 months past the history when that is not ahead): numerator and denominator are projected and divided, by time-weighted linear regression or damped Holt, whichever the back-test on the last 12 months erred less with. With an 80 % prediction interval, the first month the projection meets the target and the months the interval’s bounds do. Status: met / expected / not_at_pace (按此速度无法达标) / too_little_history (fewer than 6 months) / no_target.
         */
        get: operations["KpiController_forecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/{indicator}/inverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 需转换多少张床位 · Beds to convert or open to meet the target
         * @description For a share of beds with a floor target (护理型床位占比…): the fewest beds to convert (⌈pT − N⌉) or to open all in the numerator (⌈(pT − N)/(1 − p)⌉), exact at the indicator’s published precision and comparator, from the records as they stand; for the care-type share the institutions with general beds on the month’s day, most first, and convert_beds changes that reach the target with the fewest of them.
         */
        get: operations["KpiScenariosController_inverse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/{indicator}/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下级 × 月份 · The region’s children over months
         * @description A heat map’s cells: each child region’s value, numerator, denominator and status (against its own targets) per month.
         */
        get: operations["KpiController_matrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/{indicator}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 月度趋势 · Months of one indicator
         * @description Rolled-up months from snapshots; the current month and closed months never rolled up are computed live, all months in one pass.
         */
        get: operations["KpiController_indicatorSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 指标目录 · The indicators Yiyang computes
         * @description Every plan indicator computed from the records: unit, direction, stock or flow, what it divides by.
         */
        get: operations["KpiController_indicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 月报 · The monthly report (XLSX)
         * @description One sheet for the region, one per level below: indicators × regions, targets and status, in Chinese.
         */
        get: operations["KpiController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 情景列表 · Saved scenarios
         * @description Those of the regions in the caller’s scope, most recently changed first.
         */
        get: operations["KpiScenariosController_list"];
        put?: never;
        /**
         * 保存情景 · Save a scenario
         * @description Named; its changes must apply (they are evaluated first). Audited.
         */
        post: operations["KpiScenariosController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 情景 · A saved scenario
         * @description 404 for a scenario outside the caller’s scope.
         */
        get: operations["KpiScenariosController_get"];
        put?: never;
        post?: never;
        /**
         * 删除情景 · Delete a scenario
         * @description Audited.
         */
        delete: operations["KpiScenariosController_delete"];
        options?: never;
        head?: never;
        /**
         * 修改情景 · Rename or change a scenario
         * @description New changes or month are evaluated first. Audited.
         */
        patch: operations["KpiScenariosController_update"];
        trace?: never;
    };
    "/api/v1/kpi/scenarios/{id}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 推演已保存情景 · Evaluate a saved scenario
         * @description The saved changes on today’s records. Every indicator of the region and of each ancestor in the caller’s scope, before and after the changes, with the status as GET /kpi judges it. Computed by the KPI engine on the records plus the changes in one transaction that is always rolled back: nothing is written. 400 names the change and field at fault (changes[2].facilityId).
         */
        post: operations["KpiScenariosController_evaluateSaved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/scenarios/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 情景推演 · Evaluate a what-if scenario
         * @description Every indicator of the region and of each ancestor in the caller’s scope, before and after the changes, with the status as GET /kpi judges it. Computed by the KPI engine on the records plus the changes in one transaction that is always rolled back: nothing is written. 400 names the change and field at fault (changes[2].facilityId).
         */
        post: operations["KpiScenariosController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 全部指标月度趋势 · Months of every indicator
         * @description Every indicator’s value, numerator, denominator and status per month, for a board of sparklines in one request. Rolled-up months from snapshots; the current month and closed months never rolled up are computed live, all months in one pass.
         */
        get: operations["KpiController_allSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/service-circle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 养老服务圈 · The service circle of a region in a month
         * @description Every community on the map with its circle, older population and whether it is covered, and the facilities drawing circles: what service_circle_coverage counts.
         */
        get: operations["ServiceCircleController_serviceCircle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/siting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 选址建议 · Where new facilities bring the most older people into a service circle
         * @description For a township or county of the caller's scope and a kind the service circle counts: up to k sites among its communities' points, picked greedily (each the one bringing the most older people not yet within a circle of the kind; lowest code among equals; it stops when none brings anyone in), the population each adds, the existing facilities of the kind, the communities left out, coverage before and after, and the proposal as what-if scenario changes. Greedy reaches at least 1 − 1/e (63 %) of the best k sites' coverage.
         */
        get: operations["SitingController_propose"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 规划目标 · Targets
         * @description The targets set for regions in the caller’s scope, with their plan quotes.
         */
        get: operations["KpiController_targets"];
        /**
         * 设定目标 · Set a target
         * @description Region, indicator, year, comparator, value, 约束性/预期性 and the plan’s words; replaces the same region, indicator and year. Audited.
         */
        put: operations["KpiController_putTarget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medical-agreements/{id}/term": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 终止或续签 · End or renew an agreement
         * @description Sets the last day in force (inclusive), or null for open-ended.
         */
        post: operations["MedicalAgreementsController_changeTerm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medical-institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 医疗机构列表 · List medical institutions
         * @description Officials see their region's; operators those of the counties their facilities stand in.
         */
        get: operations["MedicalInstitutionsController_list"];
        put?: never;
        /**
         * 登记医疗机构 · Register a medical institution
         * @description In a township or village of the caller's region.
         */
        post: operations["MedicalInstitutionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medical-institutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 医疗机构详情 · One medical institution */
        get: operations["MedicalInstitutionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改医疗机构 · Change a medical institution
         * @description Name, kind, level, region and opening date, at once.
         */
        patch: operations["MedicalInstitutionsController_update"];
        trace?: never;
    };
    "/api/v1/medical-institutions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 医疗机构停业 · Close a medical institution
         * @description From `on` it no longer counts.
         */
        post: operations["MedicalInstitutionsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medical-institutions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入医疗机构名单 · Import a list of medical institutions (CSV or XLSX)
         * @description Kinds and levels may be written in Chinese (卫生院, 三级甲等). Institutions already registered under the same name and region are skipped. Columns: `name` / `名称` / `机构名称` (required), `kind` / `类别` / `机构类别` (required), `level` / `等级` / `医院等级`, `region_code` / `区划代码` / `所在区划代码` (required), `opened_on` / `开业日期` / `成立日期`. The whole file is checked first: with any bad row nothing is written and the 400 lists the bad rows (`details[].line`, `field`, `message`).
         */
        post: operations["MedicalInstitutionsController_importList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 区划列表 · List regions
         * @description Reference data every role may read. Filter by parent, subtree, level or name.
         */
        get: operations["RegionsController_list"];
        put?: never;
        /**
         * 新增区划 · Add a region
         * @description The code must extend its parent's prefix and be of its level; officers add within their subtree.
         */
        post: operations["RegionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区划详情 · One region */
        get: operations["RegionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}/admission-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设定区域规则 · Set a region's rules
         * @description For every facility in the region's subtree without rules of its own or of a nearer region.
         */
        put: operations["WaitlistController_setRegionPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}/place": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 社区位置与老年人口 · Set a community's point and older population
         * @description For a 村/社区 (village-level region): lat/lng in WGS-84 or GCJ-02, stored as WGS-84, and its 60+ population.
         */
        put: operations["CommunityPlacesController_putPlace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区位置列表 · Community points of a region and below */
        get: operations["CommunityPlacesController_communityPlaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}/population/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 老年人口 · Older population of a year
         * @description The region's own figure, or else the sum of the nearest regions below it that have one (`own: false`).
         */
        get: operations["RegionsController_population"];
        /**
         * 录入老年人口 · Set the older population of a year
         * @description One basis (户籍 registered or 常住 resident) per call; officers within their subtree.
         */
        put: operations["RegionsController_putPopulation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}/service-circle-minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 服务圈分钟数 · Minutes of the service circle that apply
         * @description The region's own setting or the nearest above it; 15 where none is set.
         */
        get: operations["CommunityPlacesController_circleMinutes"];
        /**
         * 设定服务圈分钟数 · Set the plan's service-circle minutes
         * @description For the region and everything below it that sets none (渝北 15, 舟山 20).
         */
        put: operations["CommunityPlacesController_putCircleMinutes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入区划 · Import regions (CSV or XLSX)
         * @description Columns code, name, level, parent_code, kind. The whole file is checked first: with any bad row nothing is written and the 400 lists the bad rows (`details[].line`, `field`, `message`). A file larger than UPLOAD_MAX_BYTES (default 20 MB) is a 413 before it is read; more than IMPORT_MAX_ROWS rows (default 200,000), or an XLSX that would inflate past its limits, is a 413 too. A 400 lists the first 1,000 problems by line, its message gives their count. Past IMPORT_JOB_THRESHOLD_ROWS rows (default 5,000) the import runs as a job: 202 with its status resource (GET /api/v1/imports/:id), all or nothing as well.
         */
        post: operations["RegionsController_importRegions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/places/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入社区位置与老年人口 · Import community points with their older population (CSV or XLSX)
         * @description One row per 村/社区 of the caller's subtree: its point (WGS-84 or GCJ-02, stored as WGS-84) and 60+ population; a listed community's point is replaced. Columns: `region_code` / `区划代码` / `统计用区划代码` / `code` (required), `lat` / `纬度` / `latitude` (required), `lng` / `经度` / `longitude` / `lon` (required), `crs` / `坐标系` (required), `older_population` / `60岁以上人口` / `老年人口` / `60岁及以上人口` (required), `population_year` / `年份` / `人口年份`. The whole file is checked first: with any bad row nothing is written and the 400 lists the bad rows (`details[].line`, `field`, `message`).
         */
        post: operations["CommunityPlacesController_importPlaces"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/population/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入老年人口 · Import older population (CSV or XLSX)
         * @description Columns code, age60_plus and optionally age65_plus, age80_plus, year, basis, source; year and basis may be given as query parameters instead. All or nothing, like the region import. A file larger than UPLOAD_MAX_BYTES (default 20 MB) is a 413 before it is read; more than IMPORT_MAX_ROWS rows (default 200,000), or an XLSX that would inflate past its limits, is a 413 too. A 400 lists the first 1,000 problems by line, its message gives their count. Past IMPORT_JOB_THRESHOLD_ROWS rows (default 5,000) the import runs as a job: 202 with its status resource (GET /api/v1/imports/:id), all or nothing as well.
         */
        post: operations["RegionsController_importPopulation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting/closed-through": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已关闭报表期 · Closed reporting periods */
        get: operations["ReportingController_get"];
        /**
         * 关闭报表期 · Close reporting periods
         * @description Changes effective on or before this date are refused with 409 (bed reclassification, opening and closing, facility changes).
         */
        put: operations["ReportingController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 老年人列表 · List older people
         * @description In the caller's scope (family members: their relatives). `q` is part of a name or a whole ID number. Every record returned is an audited read.
         */
        get: operations["ResidentsController_list"];
        put?: never;
        /**
         * 登记老年人 · Register an older person
         * @description The 身份证 number is checked (length, date of birth, ISO 7064 check digit, agreement with birthDate and sex), stored encrypted and found by a keyed hash: the same person twice is a 409. Responses show it masked.
         */
        post: operations["ResidentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 老年人档案 · One older person
         * @description An audited read; numbers masked.
         */
        get: operations["ResidentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改档案 · Change a record
         * @description The ID number, date of birth and sex are fixed. Regions, categories and 特困 support are for officers (within their region) and administrators; operators change names, phones, contacts and living arrangement.
         */
        patch: operations["ResidentsController_update"];
        trace?: never;
    };
    "/api/v1/residents/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评估记录 · A person's assessments, newest first
         * @description Officers of the person's regions and family members see the whole history; a facility that serves the person sees the assessment in force only (PIPL data minimisation).
         */
        get: operations["AssessmentsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/care-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 委托照料服务协议 · A person's entrusted-care agreements
         * @description Latest signed first; phones masked. An audited read of the person.
         */
        get: operations["CareAgreementsController_list"];
        put?: never;
        /**
         * 签订委托照料服务协议 · Record an entrusted-care agreement
         * @description For a 特困 person supported at home (分散供养): the caregiver, their phone (encrypted, answered masked), signed on, last day in force (none: open-ended). 422 for a person who is not 特困.
         */
        post: operations["CareAgreementsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/care-agreements/{agreementId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 终止委托照料服务协议 · End an entrusted-care agreement
         * @description `on` becomes its last day in force: not before it was signed, not after the day it already ends (422).
         */
        post: operations["CareAgreementsController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 意外事件记录 · Incidents, newest first
         * @description Family members and officers of the person's region see all; a facility serving the person the incidents it recorded, not those of other facilities.
         */
        get: operations["AssessmentsController_incidents"];
        put?: never;
        /**
         * 意外事件 · Record an incident
         * @description What happened, how it was handled, when and how the family was told.
         */
        post: operations["AssessmentsController_addIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/safety-risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 安全风险评估记录 · Safety-risk assessments, newest first */
        get: operations["AssessmentsController_safetyRisks"];
        put?: never;
        /**
         * 安全风险评估 · Assess the nine safety risks (GB 38600)
         * @description At admission and on change; every risk with its level and measures.
         */
        post: operations["AssessmentsController_addSafetyRisks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/service-statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 个人月结单 · A person's monthly statement
         * @description Services delivered with price, subsidy and self-pay (cents and yuan), and the allowance used and left. A facility serving the person sees the lines of the orders it provided or booked, not those of other facilities.
         */
        get: operations["ServiceOrdersController_residentStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/visit-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 探访计划 · Set how often a person is visited, and by whom
         * @description The visiting facility is the one named (yours) or your one facility serving the person. A plan another facility holds is theirs: 403 for other facilities; officers of the person's region may change it.
         */
        put: operations["VisitsController_setPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 探访记录 · Visits, newest first
         * @description Family members see their relative's; officers of the person's region all; a facility serving the person the visits it made. 200 a page unless `limit` says fewer; `page` for older ones.
         */
        get: operations["VisitsController_list"];
        put?: never;
        /**
         * 记录探访 · Record a visit
         * @description In person, by phone or video, or by online monitoring; what was found. Filed under the facility named (yours) or your one facility serving the person.
         */
        post: operations["VisitsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/waitlist-homes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 家属：可申请轮候的机构 · For a family: the homes their relative may wait for
         * @description Family members, for their relative, and administrators helping them (staff and officers have the facility list and each home's waiting list): the public care homes of the county the person lives in, open today, and any home they already wait for; each with what declining an offer costs there (declinePenaltyMonths), how long an offer holds, and the person's open application with its place and why. An audited read.
         */
        get: operations["WaitlistController_homes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 关联已登记老年人 · Link a registered person to your facility
         * @description For a person another office registered (registration answered 409): found by the whole ID number and the name together, linked to a facility of the caller, then visible to its staff — their profile (masked), assessments and safety risks, and the records the facility itself makes, not those of other facilities. 404 when no one has that number and name (a wrong name is not told apart from an unknown number). Each account may try LINK_RATE_LIMIT times per LINK_RATE_WINDOW_SECONDS (default 20 an hour), then 429 with Retry-After. Every attempt is audited.
         */
        post: operations["ResidentsController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rollups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 汇总记录 · Rollup runs
         * @description Newest first, with what each stored (values revised, unchanged). Officers see the runs of their region and below; runs of everything are for administrators.
         */
        get: operations["RollupsController_list"];
        put?: never;
        /**
         * 月度汇总 · Roll up a closed month
         * @description One job per county-level region, then the sum up the tree into the month’s snapshot. Asking again while the same month and region is queued or running returns that run, unless its job is gone from the queue: then that run is marked lost and a new one starts. A value that changed since the last rollup is stored as a new revision. 503 with Retry-After while the job queue (Redis) is down.
         */
        post: operations["RollupsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rollups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 汇总进度 · A rollup and its progress */
        get: operations["RollupsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rollups/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更正重算 · Re-roll the counties whose rolled-up months changed
         * @description A change to the records of a month already rolled up (a bed reclassified back-dated, a stay corrected, a late order) marks its county stale. A correction run re-rolls, month by month since each mark, only the marked counties and their ancestors, and stores the values that changed as new revisions. Officers correct their own region (or a region below it); without regionCode, administrators correct everything. The run is listed with the rollups (kind: correction; counties: county-months). Asking again while one runs returns it. Runs every night at 03:00 too. 503 with Retry-After while the job queue (Redis) is down.
         */
        post: operations["RollupsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/safety-risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 九防风险项 · The nine risks of GB 38600 */
        get: operations["AssessmentsController_safetyRiskKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 订单 · Orders
         * @description A family sees its relative's, a provider the orders of its slots, an officer those of the region. Reads are audited.
         */
        get: operations["ServiceOrdersController_list"];
        put?: never;
        /**
         * 预约服务 · Book a service
         * @description For a person the caller may act for (a family member: their relative). 409 for a full or cancelled slot or a second booking of the person; 422 for a slot that has begun or lies outside the area the person lives in. The price splits into subsidy and self-pay at booking. Repeating a request with its key returns the same order (header Idempotent-Replayed).
         */
        post: operations["ServiceOrdersController_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 订单 · One order
         * @description With check-in and check-out times and who checked in: did anyone come today?
         */
        get: operations["ServiceOrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消订单 · Cancel a booking
         * @description Until the service type's cut-off before the start (409 after); the subsidy returns to the allowance.
         */
        post: operations["ServiceOrdersController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-orders/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签到 · Check in
         * @description By the provider (404 for another provider's order), from two hours before the start until the no-show grace after the end.
         */
        post: operations["ServiceOrdersController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-orders/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签退（完成）· Check out: done
         * @description A caring visit (探访) is recorded as a visit, with its outcome.
         */
        post: operations["ServiceOrdersController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-orders/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 记为未到 · Mark a no-show
         * @description By the provider, once the slot has begun and nobody checked in (409 before, or for an order checked in, done or cancelled). The sweep marks the rest after the no-show grace.
         */
        post: operations["ServiceOrdersController_noShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-orders/{id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 评价 · Rate a completed service
         * @description Once, by whoever acts for the person.
         */
        post: operations["ServiceOrdersController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 时段 · Slots
         * @description What facilities offer, by the region whose people they serve, type, facility, dates; `available=true` for open slots with places left.
         */
        get: operations["ServiceSlotsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-slots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 时段 · One slot */
        get: operations["ServiceSlotsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-slots/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消时段 · Cancel a slot
         * @description Its bookings are cancelled with it; their subsidies return to the allowances.
         */
        post: operations["ServiceSlotsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-slots/{id}/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预约报价 · What a booking would cost
         * @description Before confirming: the slot's price split into subsidy and self-pay as booking the person now would split it, and the month's allowance used and left. For a person the caller may act for (404 otherwise). The booking itself splits again when it is made.
         */
        get: operations["ServiceOrdersController_quote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 服务目录 · The service catalog
         * @description 助餐 助洁 助浴 助行 助医 助急 助乐 探访, with cut-off and no-show grace per type.
         */
        get: operations["ServiceSlotsController_types"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/smart-terminals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 智慧养老终端 · Smart elderly-care terminals
         * @description Those of the caller's region; by region, kind, still installed.
         */
        get: operations["CommunityRecordsController_terminalList"];
        put?: never;
        /**
         * 登记智慧养老终端 · Register a smart elderly-care terminal
         * @description Installed in a village or community (12-digit region) of the caller's region; the device code is unique (409).
         */
        post: operations["CommunityRecordsController_createTerminal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/smart-terminals/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 拆除终端 · Remove a terminal
         * @description `on` is the first day it is gone: not before it was installed; once (422).
         */
        post: operations["CommunityRecordsController_removeTerminal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/smart-terminals/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入智慧养老终端台账 · Import smart terminals (CSV or XLSX)
         * @description The list an office keeps, one device a row; kinds may be written in Chinese (紧急呼叫器, 智能手表, 传感器, 机顶盒, 自助终端, 其他). Columns: `region_code` / `区划代码` / `村社区代码` (required), `device_kind` / `终端类型` / `设备类型` (required), `device_code` / `设备编号` (required), `installed_on` / `安装日期` (required), `linked` / `接入平台` / `是否接入平台` (required). The whole file is checked first: with any bad row nothing is written and the 400 lists the bad rows (`details[].line`, `field`, `message`).
         */
        post: operations["CommunityRecordsController_importTerminals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 离职 · A staff member leaves */
        post: operations["StaffController_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subsidy-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 补贴规则 · Subsidy rules
         * @description Those of the caller's region, above and below it.
         */
        get: operations["ServiceOrdersController_rules"];
        put?: never;
        /**
         * 补贴规则 · Add a subsidy rule
         * @description Who (conditions on categories, assessed level, age; 户籍 in the region) and what: monthly allowance, vouchers (per-order cap × orders a month), share of the price, service types.
         */
        post: operations["ServiceOrdersController_createRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 任务队列状态 · Job queues
         * @description Counts per queue and when a worker last processed each one.
         */
        get: operations["SystemController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/queue-dashboard/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 打开任务队列面板 · Open the queue dashboard
         * @description Sets an HttpOnly cookie (15 minutes, Path=/api/admin/queues) with which this browser may open the bull-board dashboard at /api/admin/queues; audited. 404 when jobs run in-process (no REDIS_URL).
         */
        post: operations["SystemController_openQueueDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 培训记录 · Training records
         * @description Newest first; by region, course type, dates, a whole ID number or a staff member.
         */
        get: operations["TrainingsController_list"];
        put?: never;
        /**
         * 登记培训记录 · Record a training
         * @description One trainee on one course day: 养老护理员, 养老机构管理人员 or 家庭照护者, in a township or village of the caller's region. The ID number is encrypted and returned masked.
         */
        post: operations["TrainingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trainings/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入培训签到表 · Import an attendance list (CSV or XLSX)
         * @description One trainee a row, in townships or villages of the caller's region; Chinese headers (培训类别, 姓名, 身份证号, 培训日期, 学时…) and words (养老护理员, 家庭照护者, 是/否) are read too. The template is GET /api/v1/trainings/import-template.csv. Columns: `course_type` / `培训类别` / `课程类型` / `培训类型` (required), `region_code` / `区划代码` / `培训地区划代码` (required), `trainee_name` / `姓名` / `学员姓名` (required), `id_number` / `身份证号` / `身份证号码` (required), `trained_on` / `培训日期` (required), `hours` / `学时` (required), `provider` / `培训机构`, `free` / `是否免费` / `免费`. The whole file is checked first: with any bad row nothing is written and the 400 lists the bad rows (`details[].line`, `field`, `message`).
         */
        post: operations["TrainingsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trainings/import-template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 培训签到表模板 · Template of an attendance list
         * @description CSV (UTF-8 with BOM, so Excel reads the Chinese): the columns and two example rows.
         */
        get: operations["TrainingsController_importTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户列表 · List accounts
         * @description Officers see the accounts of their region's subtree.
         */
        get: operations["UsersController_list"];
        put?: never;
        /**
         * 创建用户 · Create an account
         * @description Administrators only. Each role needs its scope: officers a region, operators facilities, family members older people.
         */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户详情 · One account */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改用户 · Change an account
         * @description Role, scope, display name, password or active flag. The last active administrator cannot be demoted.
         */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/visits/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 待探访 · Due for a visit
         * @description People living alone, empty-nest or left behind (60+, at home) with no visit yet this week (or month, per their plan): those never visited first, then the longest unvisited. 500 a page unless `limit` says fewer; `page` for the rest.
         */
        get: operations["VisitsController_due"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 探访率 · Visit rate
         * @description People on the roster and those visited in the week (Monday–Sunday) or month, for the region and per township: the data of the visit-rate indicator. A visit where nobody was home does not count.
         */
        get: operations["VisitsController_rate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{entryId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 接受床位 · Accept the offered bed
         * @description By the facility's staff or officers of its region, or a family member of the applicant. Admits the applicant into the offered bed in one transaction, on the funding set with the offer. An expired, declined or lapsed offer is a 409; so is a bed another applicant took first. Only the facility's side may give funding and safety risks (403); a family accepts once the facility has recorded the safety risks (422 before).
         */
        post: operations["WaitlistController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{entryId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 放弃床位 · Decline the offered bed
         * @description The application is suspended for the policy's months (declinePenaltyMonths).
         */
        post: operations["WaitlistController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{entryId}/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提供床位 · Offer a vacant bed
         * @description Reserved for the policy's days. Applicants waiting ahead need `skipReason` (409 otherwise). No offer without a current assessment where the policy says so (422).
         */
        post: operations["WaitlistController_offer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{entryId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回申请 · Withdraw the application
         * @description Withdrawing while holding an offer declines it: the suspension stays with the person and facility, unless the facility's side withdraws `withoutPenalty` with a `reason`.
         */
        post: operations["WaitlistController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 存活 · Liveness
         * @description The process answers HTTP.
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 就绪 · Readiness
         * @description Database answers, every migration is applied, Redis answers when configured: otherwise 503. With BullMQ, also that a worker sent a heartbeat within 3 minutes and every job scheduler exists: otherwise 200 with status `degraded` and `details.jobs.problems` (the API still serves; jobs do not run or recur).
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptDto: {
            /** @description 入住日期（默认今天；在提供床位之后，不晚于今天）· Admitted on: default today, since the offer, not in the future */
            admittedOn?: string;
            /**
             * @description 费用来源：自费/特困集中供养/政府购买 · Funding
             * @default self_pay
             * @enum {string}
             */
            funding: "self_pay" | "tekun_centralized" | "government_purchased";
            /** @description 入住安全风险评估（GB 38600 九防，九项齐全且各有等级；近 30 天内已有记录时可省略）· Safety risks at admission: all nine, each with a level; may be left out if assessed in the 30 days before */
            safetyRisks?: components["schemas"]["NineRisksDto"];
        };
        AddCentreChangeDto: {
            /**
             * @description 生效日期 · Effective from (YYYY-MM-DD)
             * @example 2025-06-01
             */
            from: string;
            /**
             * @description 新增综合养老服务中心 · A comprehensive community centre opens in the township (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "add_centre";
            /**
             * @description 乡镇（街道） · Township
             * @example 500112002000
             */
            townshipCode: string;
        };
        AdjustmentDto: {
            from: number;
            reason: components["schemas"]["LabelDto"];
            /** @enum {string} */
            rule: "coma" | "diagnosis" | "risk_events" | "judgement_card_gap";
            to: number;
        };
        AdjustmentRulesDto: {
            /** @description 昏迷直接评定的等级 · Level a coma sets directly */
            comaLevel?: number;
            /** @description 确诊痴呆或精神障碍提高一级 · A dementia or psychiatric diagnosis raises one level */
            diagnosisRaises: boolean;
            /** @description 近 30 天照护风险事件达此次数提高一级 · This many care-risk events in 30 days raise one level */
            riskEventsRaiseAt?: number;
            /**
             * @description 两条提级规则同时适用时：只提一级，或各提一级 · When both raises apply: one level, or one each
             * @enum {string}
             */
            stacking: "at_most_one" | "each";
        };
        AdmissionPolicyDto: {
            /** @description 入住须有有效的能力评估（否则 422）· Admission needs a current GB/T 42195 assessment */
            requiresAssessment: boolean;
            /**
             * @description 规则来源 · Where the rules come from
             * @enum {string}
             */
            source: "facility" | "region" | "default";
            /** @description 来源区划 · The region whose rules apply */
            sourceRegionCode: string | null;
            /** @description 轮候规则 · Waiting-list policy */
            waitlist: components["schemas"]["WaitlistPolicyDto"];
        };
        AdmissionPolicyInputDto: {
            /** @description 入住须有有效的能力评估（否则 422）· Admission needs a current GB/T 42195 assessment */
            requiresAssessment: boolean;
            /** @description 轮候规则 · Waiting-list policy */
            waitlist: components["schemas"]["WaitlistPolicyDto"];
        };
        AdmitDto: {
            /** @description 入住日期（可补录，不得在已关闭报表期内，不晚于今天）· Admitted on: backdated within open periods, not in the future */
            admittedOn: string;
            /**
             * Format: uuid
             * @description 床位 · Bed
             */
            bedId: string;
            /**
             * @description 费用来源：自费/特困集中供养/政府购买 · Funding
             * @default self_pay
             * @enum {string}
             */
            funding: "self_pay" | "tekun_centralized" | "government_purchased";
            /**
             * Format: uuid
             * @description 入住老年人 · The person admitted
             */
            residentId: string;
            /** @description 入住安全风险评估（GB 38600 九防，九项齐全且各有等级；近 30 天内已有记录时可省略）· Safety risks at admission: all nine, each with a level; may be left out if assessed in the 30 days before */
            safetyRisks?: components["schemas"]["NineRisksDto"];
        };
        AgreementTermDto: {
            /**
             * @description 有效期至（含当日；null = 长期）· Valid until (inclusive; null = open-ended)
             * @example 2026-12-31
             */
            validUntil: string | null;
        };
        AllowanceDto: {
            monthlyCapCents: number | null;
            remainingCents: number | null;
            /** Format: uuid */
            ruleId: string;
            ruleName: string;
            /** @description 已用（含未完成的预约）· Used, pending bookings included */
            usedCents: number;
        };
        /** @description 错误 · The body of every error response */
        ApiError: {
            /**
             * @description The kind of a refusal the domain made on purpose (absent on validation, constraint and transport errors)
             * @example not_found
             * @enum {string}
             */
            code?: "invalid_input" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "payload_too_large" | "rule_violation" | "too_many_requests" | "service_unavailable";
            /** @description Which fields are wrong (400, 409 and 422 naming a field), the first bad rows of a refused import, or — on the readiness check only — the state of each dependency */
            details?: (components["schemas"]["FieldProblem"] | components["schemas"]["RowProblem"])[] | {
                [key: string]: unknown;
            };
            /**
             * @description Its reason phrase
             * @example Not Found
             */
            error: string;
            /** @description On a 409 for a bed someone else holds on the dates asked (admission, transfer, accepted offer): who, so the page can say so and refresh */
            heldBy?: components["schemas"]["BedHolder"];
            /** @example Facility 3f2c0c9e-2a4b-4a57-9a43-0c5b2f1d9e11 not found */
            message: string;
            /**
             * @description The X-Request-Id of the request, to quote when reporting it
             * @example 0f9a4f0e-8d6c-4b1e-9c57-2d0f3c1a7b55
             */
            requestId?: string;
            /**
             * @description The HTTP status, repeated
             * @example 404
             */
            statusCode: number;
        };
        ApplicationDto: {
            /** Format: uuid */
            entryId: string;
            /** Format: uuid */
            facilityId: string;
            /** @description 当前排位（不在队列中为空）· Place in the queue, if in it */
            position: number | null;
            /** Format: uuid */
            residentId: string;
            /** @enum {string} */
            status: "waiting" | "offered" | "admitted" | "withdrawn";
            /** @description 暂停至 · Suspended until */
            suspendedUntil: string | null;
        };
        ApplyDto: {
            /**
             * Format: uuid
             * @description 申请人（老年人）· The person applying
             */
            residentId: string;
        };
        AssessmentDto: {
            /** @description 等级变更及依据 · Adjustments with their reasons */
            adjustments: components["schemas"]["AdjustmentDto"][];
            assessedOn: string;
            assessorId: string | null;
            conditions: components["schemas"]["ConditionsDto"];
            /** @description 被此评估更正 · Corrected by */
            correctedById: string | null;
            /** @description 所更正的评估 · Corrects */
            correctsId: string | null;
            /** @description 一级指标得分 · Domain scores */
            domainScores: {
                [key: string]: number;
            };
            /** @description 最终等级 · Final level */
            finalLevel: number;
            finalLevelLabel: components["schemas"]["LabelDto"];
            /** Format: uuid */
            id: string;
            instrument: string;
            instrumentVersion: string;
            /** @description 项目得分 · Item scores */
            items: {
                [key: string]: number;
            };
            /** @description 下次评估日期 · Next due on */
            nextDueOn: string;
            /** @description 初步等级 · Preliminary level */
            preliminaryLevel: number;
            /** @enum {string} */
            reason: "first" | "routine" | "change" | "review";
            reasonLabel: components["schemas"]["LabelDto"];
            /** Format: uuid */
            residentId: string;
            /**
             * Format: date-time
             * @description 签署时间 · Signed at
             */
            signedAt: string;
            total: number;
        };
        AttainmentDto: {
            baseline: components["schemas"]["BaselineDto"] | null;
            /** Format: date-time */
            computedAt: string | null;
            /** @description Per-county indicators: the smallest county */
            countyMin: number | null;
            cumulative: components["schemas"]["CumulativeDto"] | null;
            denominator: number | null;
            direction: string;
            /** @description Where the straight line from baseline to target stands this month */
            expected: number | null;
            /** @description 达标预测: when the target is expected to be met (indicators with a target; GET /kpi/{indicator}/forecast has the whole projection) */
            forecast: components["schemas"]["AttainmentForecastDto"] | null;
            gap: components["schemas"]["GapDto"] | null;
            indicator: string;
            nameEn: string;
            nameZh: string;
            numerator: number | null;
            /**
             * @description Population basis of a per-1,000 / per-10,000 value
             * @enum {string|null}
             */
            populationBasis: "registered" | "resident" | null;
            /** @description Snapshot revision (null when computed live) */
            revision: number | null;
            /** @enum {string} */
            status: "met" | "on_track" | "at_risk" | "off_track" | "no_target" | "no_data";
            /** @example 进度正常 */
            statusZh: string;
            target: components["schemas"]["AttainmentTargetDto"] | null;
            unitEn: string;
            unitZh: string;
            value: number | null;
        };
        AttainmentForecastDto: {
            /**
             * @description The first projected month whose value meets the target
             * @example 2027-07
             */
            expectedMetOn: string | null;
            /**
             * @description The method the back-test chose
             * @enum {string|null}
             */
            method: "regression" | "holt" | null;
            range: components["schemas"]["ForecastRangeDto"] | null;
            /** @enum {string} */
            status: "met" | "expected" | "not_at_pace" | "too_little_history" | "no_target";
            /** @example 按此速度无法达标 */
            statusZh: string;
        };
        AttainmentTargetDto: {
            /** @enum {string} */
            binding: "binding" | "expected" | "not_stated";
            bindingZh: string;
            /** @enum {string} */
            comparator: ">=" | "<=" | "=" | ">" | "<";
            sourceFile: string | null;
            sourceQuote: string | null;
            value: number;
            year: number;
        };
        AuditLogEntryDto: {
            /**
             * @description 动作 · Action
             * @example read
             */
            action: string;
            /**
             * @description 操作人姓名 · Display name of who acted
             * @example 王丽
             */
            actorDisplayName: string | null;
            /**
             * Format: uuid
             * @description 操作人编号（系统任务为空）· Account that acted; empty for the system
             */
            actorId: string | null;
            /**
             * @description 操作时的角色 · Role at the time
             * @example civil_affairs
             */
            actorRole: string | null;
            /**
             * @description 操作人用户名 · Username of who acted
             * @example wang.li
             */
            actorUsername: string | null;
            /**
             * Format: date-time
             * @description 时间 · When
             */
            at: string;
            /** @description 变更前后的字段；身份证号等以 [redacted] 代替 · Changed fields before and after; personal numbers appear as [redacted] */
            changes: {
                [key: string]: unknown;
            } | null;
            /**
             * @description 对象类型 · Kind of record
             * @example resident
             */
            entity: string;
            /** @description 对象编号 · Id of the record */
            entityId: string | null;
            /**
             * @description 序号（只增不改）· Sequence number, append-only
             * @example 1024
             */
            id: string;
            /** @description 来源地址 · Client address */
            ip: string | null;
            /** @description 请求编号 · Request id */
            requestId: string | null;
        };
        AuditLogPageDto: {
            items: components["schemas"]["AuditLogEntryDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        BackInServiceDto: {
            /**
             * @description 恢复使用日期 · Back in service on
             * @example 2025-07-15
             */
            on: string;
        };
        BaselineDto: {
            /** @description Published in the plan (else the computed December value) */
            published: boolean;
            sourceQuote: string | null;
            value: number;
            year: number;
        };
        BedBoardDto: {
            /** @description 版本：床位一览的任何变化都会使其增加 · Changes whenever anything on the board changes */
            boardVersion: string;
            date: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            floors: components["schemas"]["BoardFloorDto"][];
            /**
             * Format: date-time
             * @description 最早的预留到期时刻，届时床位状态自行变化 · When the first reservation ends and the board changes by itself
             */
            freshUntil: string | null;
            /** @description 家庭养老床位 · Home beds served by the facility */
            homeBeds: components["schemas"]["BoardBedDto"][];
            totals: components["schemas"]["BoardTotalsDto"];
        };
        BedClassificationDto: {
            careType: boolean;
            /** Format: date-time */
            changedAt: string;
            /** @description 变更人 · Changed by (user id) */
            changedBy: string | null;
            dementiaCare: boolean;
            validFrom: string;
            validTo: string | null;
        };
        BedCommissioningDto: {
            /** @description 投用日期 · Commissioned on */
            commissionedOn: string;
            notes: string | null;
            /**
             * @description 新建 new_build / 改建 rebuild
             * @enum {string}
             */
            origin: "new_build" | "rebuild";
        };
        BedDto: {
            /** @description 快照日期 · Date shown */
            asOf: string;
            /** @description 护理型 · Care-type on asOf */
            careType: boolean | null;
            closedOn: string | null;
            code: string;
            /** @description 新建、改建投用记录 · Commissionings by building work, oldest first */
            commissionings: components["schemas"]["BedCommissioningDto"][];
            /** @description 认知障碍照护 · Dementia-care on asOf */
            dementiaCare: boolean | null;
            /** Format: uuid */
            facilityId: string;
            floor: number | null;
            homeRegionCode: string | null;
            /** Format: uuid */
            id: string;
            /** @description 入住老人（脱敏）· Occupant on asOf, masked */
            occupant: string | null;
            openedOn: string;
            /**
             * @description 来源：原有 existing / 新建 new_build / 改建 rebuild（首次投用记录）· Origin: its first commissioning, or existing
             * @enum {string}
             */
            origin: "existing" | "new_build" | "rebuild";
            room: string | null;
            /** @enum {string} */
            setting: "institution" | "community" | "home";
            /**
             * @description 状态 · Status on asOf
             * @enum {string}
             */
            status: "vacant" | "occupied" | "reserved" | "out_of_service" | "closed" | "not_yet_open";
            /**
             * Format: uuid
             * @description 在住记录 · The stay on asOf
             */
            stayId: string | null;
        };
        /** @description 占用床位者（脱敏，同床位一览）· Who holds the bed asked for: masked, as the bed board shows them */
        BedHolder: {
            /**
             * @description 入住老人（脱敏）· Occupant, masked
             * @example 张*
             */
            occupant: string;
            /**
             * Format: date
             * @description 入住日期 · Admitted on
             */
            since: string;
            /**
             * Format: uuid
             * @description 入住记录 · The stay holding the bed
             */
            stayId: string;
            /**
             * Format: date
             * @description 出院日期（不含；仍在住为空）· First day away, null while staying
             */
            until: string | null;
        };
        BedImportResultDto: {
            /** @description 新增床位 · Beds created */
            inserted: number;
            /** @description 新建房间数 · Rooms created */
            roomsCreated: number;
            /** @description 文件数据行数 · Data rows in the file */
            rows: number;
            /** @description 未变（恒为 0）· Unchanged: always 0 */
            unchanged: number;
            /** @description 修改（导入只新增，恒为 0）· Updated: always 0, an import only adds beds */
            updated: number;
        };
        BedInputDto: {
            /** @description 护理型床位 · Care-type (护理型) bed */
            careType: boolean;
            /**
             * @description 床位编码，机构内唯一（一床一码）· Bed code, unique in the facility
             * @example 3-301-1
             */
            code: string;
            /**
             * @description 投用日期（新建/改建，默认启用日期）· Commissioned on (new or rebuilt beds; default openedOn)
             * @example 2025-01-01
             */
            commissionedOn?: string;
            /**
             * @description 认知障碍照护床位（须为护理型）· Dementia-care bed (implies care-type)
             * @default false
             */
            dementiaCare: boolean;
            /**
             * @description 楼层 · Floor
             * @example 3
             */
            floor?: number;
            /**
             * @description 家庭养老床位所在区划（村/社区或乡镇）· Home region of a home bed
             * @example 500112002001
             */
            homeRegionCode?: string;
            /**
             * @description 启用日期（批量时可省略，取统一日期）· Opened on
             * @example 2025-01-01
             */
            openedOn?: string;
            /**
             * @description 来源：existing 原有（默认）/ new_build 新建 / rebuild 改建（新建、改建记入投用记录）· Origin, default existing: new and rebuilt beds get a commissioning record
             * @enum {string}
             */
            origin?: "existing" | "new_build" | "rebuild";
            /**
             * @description 房间（机构/社区床位必填）· Room name (institution and community beds)
             * @example 301
             */
            room?: string;
            /**
             * @description 床位类型：机构 / 社区 / 家庭养老床位 · Setting
             * @default institution
             * @enum {string}
             */
            setting: "institution" | "community" | "home";
        };
        BedPageDto: {
            items: components["schemas"]["BedDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        BedSummaryDto: {
            date: string;
            regionCode: string | null;
            rows: components["schemas"]["BedSummaryRowDto"][];
        };
        BedSummaryRowDto: {
            /** @description 在用床位 · Open beds */
            beds: number;
            /** @description 护理型 · Care-type beds */
            careTypeBeds: number;
            /** @description 认知障碍照护 · Dementia-care beds */
            dementiaCareBeds: number;
            /** @description 设施数 · Facilities */
            facilities: number;
            /** @description 设施类型 · Facility kind */
            facilityKind: string;
            /** @enum {string} */
            setting: "institution" | "community" | "home";
        };
        BoardBedDto: {
            careType: boolean | null;
            code: string;
            dementiaCare: boolean | null;
            /** Format: uuid */
            id: string;
            /** @description 入住老人（脱敏）· Occupant, masked */
            occupant: string | null;
            /**
             * Format: date-time
             * @description 预留至（轮候床位待确认）· Reserved for an applicant until
             */
            reservedUntil: string | null;
            /** @enum {string} */
            setting: "institution" | "community" | "home";
            /** @enum {string} */
            status: "vacant" | "occupied" | "reserved" | "out_of_service" | "closed" | "not_yet_open";
            /**
             * Format: uuid
             * @description 在住记录（详情另行查询并记入审计）· The stay: its details, read apart, are audited
             */
            stayId: string | null;
        };
        BoardFloorDto: {
            floor: number | null;
            rooms: components["schemas"]["BoardRoomDto"][];
        };
        BoardRoomDto: {
            beds: components["schemas"]["BoardBedDto"][];
            /** Format: uuid */
            id: string;
            name: string;
        };
        BoardTotalsDto: {
            /** @description 护理型（在用）· Open care-type beds */
            careType: number;
            closed: number;
            /** @description 认知障碍照护（在用）· Open dementia-care beds */
            dementiaCare: number;
            /** @description 普通型（在用）· Open general beds */
            general: number;
            /** @description 列出的床位（该日前已启用，含已撤）· Beds listed: opened by the date, closed ones included */
            listed: number;
            occupied: number;
            /** @description 在用（未撤）· Open beds */
            open: number;
            outOfService: number;
            reserved: number;
            vacant: number;
        };
        BookDto: {
            /**
             * Format: uuid
             * @description 服务对象 · The older person
             */
            residentId: string;
            /**
             * Format: uuid
             * @description 时段 · Slot
             */
            slotId: string;
        };
        BreakdownDto: {
            indicator: string;
            items: components["schemas"]["BreakdownItemDto"][];
            month: string;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            source: "snapshot" | "live";
            value: number | null;
        };
        BreakdownItemDto: {
            denominator: number | null;
            level: string;
            numerator: number | null;
            /** @description 1 = holds the number down most */
            rank: number;
            regionCode: string;
            regionName: string;
            value: number | null;
        };
        BulkBedsDto: {
            /** @description 床位（至多 2000）· Beds, at most 2000 */
            beds: components["schemas"]["BedInputDto"][];
            /** @description 未单独给出时的启用日期 · Opening date for beds that give none */
            openedOn?: string;
            /**
             * @description 未单独给出时的来源（默认原有）· Origin for beds that give none (default existing)
             * @enum {string}
             */
            origin?: "existing" | "new_build" | "rebuild";
        };
        BulkBedsResultDto: {
            created: number;
            items: components["schemas"]["BedDto"][];
            /** @description 新建房间数 · Rooms created */
            roomsCreated: number;
        };
        CareAgreementDto: {
            caregiverName: string;
            /**
             * @description 脱敏 · Masked
             * @example 138****1234
             */
            caregiverPhone: string;
            caregiverRelation: string | null;
            /** Format: uuid */
            id: string;
            /** @description 今日是否有效 · In force today */
            inForce: boolean;
            /** Format: uuid */
            residentId: string;
            /** Format: date */
            signedOn: string;
            /**
             * Format: date
             * @description 最后有效日（含）· Last day in force
             */
            validUntil: string | null;
        };
        CareAgreementInputDto: {
            /**
             * @description 受托照料人 · Caregiver
             * @example 李秀兰
             */
            caregiverName: string;
            /**
             * @description 照料人电话（加密保存，返回脱敏）· Caregiver's phone (encrypted, returned masked)
             * @example 13800001234
             */
            caregiverPhone: string;
            /**
             * @description 与老人关系 · Relation to the person
             * @example 侄女
             */
            caregiverRelation?: string | null;
            /**
             * @description 签订日期 · Signed on
             * @example 2025-03-01
             */
            signedOn: string;
            /**
             * Format: date
             * @description 有效期至（含当日；空：长期）· Last day in force; none: open-ended
             */
            validUntil?: string | null;
        };
        CertificateInputDto: {
            /** @description 发证日期 · Issued on */
            issuedOn: string;
            /**
             * @description 证书类型 · Kind
             * @enum {string}
             */
            kind: "caregiver_skill" | "social_worker" | "nurse_license" | "doctor_license" | "first_aid" | "other";
            /** @description 职业技能等级（5 = 五级/初级 … 1 = 一级）· Skill level */
            level?: number;
            /** @description 证书编号 · Number */
            number?: string;
            /** @description 有效期至 · Valid until */
            validUntil?: string;
        };
        CertificateViewDto: {
            issuedOn: string;
            /** @enum {string} */
            kind: "caregiver_skill" | "social_worker" | "nurse_license" | "doctor_license" | "first_aid" | "other";
            kindLabel: components["schemas"]["LabelDto"];
            level: number | null;
            number: string | null;
            validUntil: string | null;
        };
        CircleCommunityDto: {
            /** @description 在服务圈内 · Within reach of a counting facility */
            covered: boolean;
            /** @description village 村 or community 社区 */
            kind: string | null;
            /** @description WGS-84 */
            lat: number;
            /** @description WGS-84 */
            lng: number;
            /** @description 服务圈分钟数 · Minutes of its circle */
            minutes: number;
            name: string;
            olderPopulation: number;
            populationYear: number | null;
            /** @description 服务圈直线半径（米） · Straight-line radius of its circle, metres */
            radiusMetres: number;
            regionCode: string;
        };
        CircleFacilityDto: {
            /** Format: uuid */
            id: string;
            kind: string;
            /** @description WGS-84 */
            lat: number;
            /** @description WGS-84 */
            lng: number;
            name: string;
            regionCode: string;
        };
        CircleMinutesDto: {
            /** @description 本区划适用的分钟数 · Minutes that apply to the region */
            minutes: number;
            regionCode: string;
            /** @description 设定分钟数的区划（自身或上级），null 为默认 · Region that sets them (itself or above); null: the default */
            setAt: string | null;
        };
        CircleMinutesInputDto: {
            /**
             * @description 服务圈分钟数 · Walking minutes of the service circle for the region and below (5–60)
             * @example 15
             */
            minutes: number;
        };
        CloseBedDto: {
            /**
             * @description 关闭日期：当日起不再计入 · First day closed
             * @example 2025-07-01
             */
            on: string;
            /** @description 原因 · Reason */
            reason?: string;
        };
        ClosedThroughDto: {
            /**
             * @description 关闭截至日期（含）；null 重新开放 · Last day of the closed periods (inclusive); null reopens all
             * @example 2025-05-31
             */
            closedThrough: string | null;
        };
        CloseFacilityChangeDto: {
            /**
             * Format: uuid
             * @description 机构 · The facility
             */
            facilityId: string;
            /**
             * @description 生效日期 · Effective from (YYYY-MM-DD)
             * @example 2025-06-01
             */
            from: string;
            /**
             * @description 关闭机构 · The facility closes from the date (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "close_facility";
        };
        CloseFacilityDto: {
            /**
             * @description 关闭日期：当日起不再计入 · First day closed
             * @example 2025-07-01
             */
            on: string;
            /** @description 原因 · Reason */
            reason?: string;
        };
        CloseMedicalInstitutionDto: {
            /**
             * @description 停业日期：当日起不再计入 · First day closed
             * @example 2025-07-01
             */
            on: string;
        };
        CommunityPlaceDto: {
            /** @description village 村 or community 社区 */
            kind: string | null;
            /** @description WGS-84 */
            lat: number;
            /** @description WGS-84 */
            lng: number;
            name: string;
            olderPopulation: number;
            populationYear: number | null;
            regionCode: string;
        };
        CommunityPlaceInputDto: {
            /**
             * @description 坐标系 · Coordinate system of lat/lng: wgs84 (GPS) or gcj02 (高德/腾讯地图); stored as WGS-84
             * @example gcj02
             * @enum {string}
             */
            crs: "wgs84" | "gcj02";
            /**
             * @description 纬度 · Latitude (China: 3–54)
             * @example 29.7178
             */
            lat: number;
            /**
             * @description 经度 · Longitude (China: 73–136)
             * @example 106.6313
             */
            lng: number;
            /**
             * @description 60 岁及以上人口 · People aged 60 and over living there
             * @example 1240
             */
            olderPopulation: number;
            /**
             * @description 人口统计年份 · Year the older population was counted
             * @example 2025
             */
            populationYear?: number;
        };
        CommunityPlacePageDto: {
            items: components["schemas"]["CommunityPlaceDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        CommunitySocialWorkerDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description 结束日期（不含）· First day no longer serving */
            endedOn: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            organisation: string | null;
            regionCode: string;
            regionName: string;
            startedOn: string;
        };
        CommunitySocialWorkerInputDto: {
            /**
             * @description 姓名 · Name
             * @example 陈静
             */
            name: string;
            /**
             * @description 所在社工站或组织 · Social-work station or organisation
             * @example 双龙湖街道社工站
             */
            organisation?: string;
            /**
             * @description 服务的乡镇（街道）或村（社区）· Township or village served
             * @example 500112002000
             */
            regionCode: string;
            /**
             * @description 开始服务日期 · Serving from
             * @example 2024-03-01
             */
            startedOn: string;
        };
        CommunitySocialWorkerPageDto: {
            items: components["schemas"]["CommunitySocialWorkerDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        CompleteDto: {
            notes?: string;
            /**
             * @description 探访结果（探访关爱订单）· Outcome, for a caring visit
             * @enum {string}
             */
            outcome?: "well" | "needs_help" | "referred" | "not_home" | "hospitalized" | "deceased";
        };
        CompleteModificationDto: {
            /**
             * @description 完工日期 · Completed on
             * @example 2025-04-20
             */
            on: string;
        };
        CompleteProjectDto: {
            /**
             * @description 竣工日期 · Completed on
             * @example 2022-10-31
             */
            completedOn: string;
        };
        ConditionsDto: {
            /** @description 昏迷 · In a coma */
            coma?: boolean;
            /** @description 确诊痴呆（F00–F03）· Diagnosed dementia */
            dementiaDiagnosis?: boolean;
            /** @description 经精神科确诊的其他精神和行为障碍 · Other psychiatric diagnosis */
            psychiatricDiagnosis?: boolean;
            /** @description 近 30 天照护风险事件次数 · Care-risk events in the last 30 days */
            riskEvents30d?: number;
        };
        ConsortiumDto: {
            /** @description 解散日期（当日起不再计入）· First day dissolved */
            dissolvedOn: string | null;
            /** @description 成立日期 · Established on */
            establishedOn: string;
            /** Format: uuid */
            id: string;
            /** @description 达到“五有”标准 · Meets the “five haves” standard */
            meetsFiveStandards: boolean;
            /** @description 成员 · Members */
            members: components["schemas"]["ConsortiumMemberDto"][];
            /** @description 名称 · Name */
            name: string;
            /** @description 登记区域 · Region code */
            regionCode: string;
            /** @description 区域名称 · Region name */
            regionName: string | null;
        };
        ConsortiumMemberDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description 成员类别 · Member kind
             * @enum {string}
             */
            kind: "facility" | "medical_institution";
            /** @description 名称 · Name */
            name: string;
        };
        ConsortiumPageDto: {
            items: components["schemas"]["ConsortiumDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        ConvertBedsChangeDto: {
            /**
             * @description 床位数 · Beds to convert (at most its general institution beds on the date)
             * @example 20
             */
            beds: number;
            /**
             * Format: uuid
             * @description 机构 · The facility
             */
            facilityId: string;
            /**
             * @description 生效日期 · Effective from (YYYY-MM-DD)
             * @example 2025-06-01
             */
            from: string;
            /**
             * @description 转换床位 · N general institution beds of the facility become care-type (护理型) (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "convert_beds";
        };
        CreateAssessmentDto: {
            /** @description 评估日期（不得晚于今天）· Assessed on, not in the future */
            assessedOn: string;
            /** @description 附加情况：评估工具所需的每一项都必须填写 · Conditions: every one the instrument lists in `conditions` (GB/T 42195 and MZ/T 039: all four; Barthel: none) */
            conditions: components["schemas"]["ConditionsDto"];
            /**
             * Format: uuid
             * @description 更正的评估 · The assessment this one corrects
             */
            corrects?: string;
            /**
             * @description 评估工具 · Instrument
             * @enum {string}
             */
            instrument: "gbt-42195-2022" | "barthel" | "mzt-039-2013";
            /**
             * @description 各项目得分：键为 GET /assessment-instruments 中的 item code · Item scores keyed by item code
             * @example {
             *       "eating": 4,
             *       "grooming": 3
             *     }
             */
            items: {
                [key: string]: number;
            };
            /** @description 备注 · Notes */
            notes?: string;
            /**
             * @description 评估类型：首次/常规/即时/复评 · Reason
             * @enum {string}
             */
            reason: "first" | "routine" | "change" | "review";
            /**
             * Format: uuid
             * @description 被评估老年人 · The person assessed
             */
            residentId: string;
            /** @description 工具版本（默认现行版本）· Instrument version, default the current one */
            version?: string;
        };
        CreateConsortiumDto: {
            /**
             * @description 成立日期 · Established on
             * @example 2021-06-01
             */
            establishedOn: string;
            /** @description 成员养老服务设施 · Member care facilities */
            facilityIds?: string[];
            /** @description 成员医疗（康复）机构 · Member medical institutions */
            medicalInstitutionIds?: string[];
            /** @description 达到“五有”标准 · Meets the “five haves” standard */
            meetsFiveStandards?: boolean;
            /**
             * @description 名称 · Name
             * @example 定海区康养联合体
             */
            name: string;
            /**
             * @description 登记所在乡镇（街道）或村（社区）· Township or village it is registered in
             * @example 330902001000
             */
            regionCode: string;
        };
        CreateFacilityDto: {
            /** @description 地址 · Address */
            address?: string | null;
            /** @description 居家养老服务中心 A 级（5 = 5A）· A grade */
            aGrade?: number | null;
            /** @description 康复辅具消杀（消洗）场所 · Assistive-device disinfection site */
            assistiveDeviceSite?: boolean;
            /** @description 认知症照护专区 · Dementia-care zone */
            dementiaZone?: boolean;
            /** @description 示范中心 · Demonstration centre */
            demoCentre?: boolean;
            /** @description 国际交流平台 · International exchange platform */
            exchangePlatform?: boolean;
            /**
             * @description 食品安全等级 · Food-safety grade
             * @enum {string|null}
             */
            foodSafetyGrade?: "A" | "B" | "C" | null;
            /** @description 服务功能 · Functions offered */
            functions?: ("full_time_care" | "day_care" | "home_outreach" | "meals" | "rehab" | "recreation" | "medical_care" | "spiritual_comfort")[];
            /**
             * @description 类型 · Kind
             * @enum {string}
             */
            kind: "institution" | "tekun_home" | "township_centre" | "community_station" | "mutual_aid" | "canteen";
            /**
             * @description 纬度 · Latitude (WGS-84)
             * @example 29.7206
             */
            latitude?: number | null;
            /**
             * @description 经度 · Longitude (WGS-84)
             * @example 106.6305
             */
            longitude?: number | null;
            /**
             * Format: uuid
             * @description 运营本站的乡镇中心（中心带站）· Township centre running this station
             */
            managedByFacilityId?: string | null;
            /** @description 医养结合 · Medical and care integrated */
            medicalIntegrated?: boolean;
            /**
             * @description 名称 · Name
             * @example 渝北区社会福利院
             */
            name: string;
            /**
             * @description 开业日期 · Opened on
             * @example 2019-03-01
             */
            openedOn: string;
            /**
             * @description 运营：government 公办公营 / social 社会运营（公办+社会运营 = 公建民营）· Operation
             * @enum {string}
             */
            operation: "government" | "social";
            /**
             * @description 产权：public 公办 / private 民办 · Ownership
             * @enum {string}
             */
            ownership: "public" | "private";
            /** @description 机构电话 · Facility phone */
            phone?: string | null;
            /** @description 老年用品展示平台 · Elderly-products display platform */
            productsDisplayPlatform?: boolean;
            /**
             * @description 所在乡镇（街道）或村（社区）的区划代码 · Township or village where it stands
             * @example 500112002000
             */
            regionCode: string;
            /** @description 康复室 · Rehabilitation room */
            rehabRoom?: boolean;
            /** @description 智慧养老机构 · Smart elderly-care facility */
            smart?: boolean;
            /** @description 标准化老年食堂 · Standardised canteen */
            standardizedCanteen?: boolean;
            /** @description 阳光厨房 · Sunshine kitchen */
            sunshineKitchen?: boolean;
            /** @description 视频联网 · Video-connected */
            videoConnected?: boolean;
        };
        CreateMedicalAgreementDto: {
            /**
             * Format: uuid
             * @description 医疗机构 · Medical institution
             */
            medicalInstitutionId: string;
            /** @description 合作内容（巡诊、绿色通道…）· Services */
            services?: string | null;
            /**
             * @description 签约日期 · Signed on
             * @example 2024-03-01
             */
            signedOn: string;
            /** @description 有效期至（含当日；空 = 长期）· Valid until (inclusive; null = open-ended) */
            validUntil?: string | null;
        };
        CreateMedicalInstitutionDto: {
            /**
             * @description 类别 · Kind
             * @enum {string}
             */
            kind: "general_hospital" | "tcm_hospital" | "township_health_centre" | "community_health_centre" | "clinic" | "rehabilitation" | "other";
            /**
             * @description 等级（默认未定级）· Level (default unrated)
             * @enum {string}
             */
            level?: "tertiary" | "secondary" | "primary" | "unrated";
            /**
             * @description 机构名称 · Name
             * @example 渝北区人民医院
             */
            name: string;
            /** @description 开业日期 · Opened on */
            openedOn?: string | null;
            /**
             * @description 所在乡镇（街道）或村（社区）· Township or village it stands in
             * @example 500112002000
             */
            regionCode: string;
        };
        CreateRegionDto: {
            /**
             * @description 12 位统计用区划代码 · 12-digit statistical division code
             * @example 500112002000
             */
            code: string;
            /**
             * @description 类型：乡镇级 street/town/township/other，村级 village/community/other · Kind
             * @enum {string}
             */
            kind?: "street" | "town" | "township" | "village" | "community" | "other";
            /**
             * @description 层级 · Level
             * @enum {string}
             */
            level: "province" | "city" | "county" | "township" | "village";
            /**
             * @description 名称 · Name
             * @example 双龙湖街道
             */
            name: string;
            /**
             * @description 上级区划代码（省级为空）· Parent's code (none for a province). 12 位统计用区划代码 · 12-digit statistical division code
             * @example 500112000000
             */
            parentCode?: string | null;
        };
        CreateResidentDto: {
            /**
             * @description 出生日期 · Date of birth
             * @example 1949-12-31
             */
            birthDate: string;
            /** @description 人员类别 · Categories (特困, 低保 …) */
            categories?: ("tekun" | "dibao" | "dibao_edge" | "family_planning_special" | "key_entitled" | "special_merit" | "disabled_certified")[];
            /** @description 紧急联系人 · Emergency contacts */
            emergencyContacts?: components["schemas"]["EmergencyContactDto"][] | null;
            /**
             * Format: uuid
             * @description 登记机构（机构运营人员必填，须为其所属机构）· Facility registering the person (required for operators)
             */
            facilityId?: string;
            /**
             * @description 户籍地区划代码 · Region of household registration (户籍)
             * @example 500112002000
             */
            hukouRegionCode: string;
            /**
             * @description 居民身份证号码（18 位，校验码、出生日期、性别须一致；加密保存，返回脱敏）· Resident ID number
             * @example 11010519491231002X
             */
            idNumber: string;
            /**
             * @description 居住状况：独居/空巢/留守/与家人同住 · Living arrangement
             * @enum {string}
             */
            livingArrangement: "alone" | "empty_nest" | "left_behind" | "with_family";
            /**
             * @description 姓名 · Name
             * @example 张桂英
             */
            name: string;
            /** @description 联系电话（加密保存，返回脱敏）· Phone (encrypted, returned masked) */
            phone?: string | null;
            /**
             * @description 居住地区划代码 · Region where the person lives
             * @example 500112002001
             */
            residenceRegionCode: string;
            /**
             * @description 性别 · Sex
             * @enum {string}
             */
            sex: "male" | "female";
            /**
             * @description 特困供养方式：集中/分散 · Support mode of a tekun person
             * @enum {string|null}
             */
            tekunSupportMode?: "centralized" | "dispersed" | null;
            /** @description 有集中供养意愿 · Willing to live in a facility (tekun) */
            willingCentralized?: boolean | null;
        };
        CreateSeriesDto: {
            /**
             * @description 服务范围（区划代码，含下级）· Area served: region codes, each with its subtree
             * @example [
             *       "500112002000"
             *     ]
             */
            area: string[];
            /** @description 名额 · Places */
            capacity: number;
            /** @example 12:30 */
            endTime: string;
            /** @example 2025-06-01 */
            from: string;
            /**
             * @description 价格（分）· Price in cents (分)
             * @example 1500
             */
            priceCents: number;
            /**
             * @description iCalendar 重复规则 · RRULE (RFC 5545)
             * @example FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
             */
            rrule: string;
            /**
             * @description 服务类型 · Service type
             * @enum {string}
             */
            serviceType: "meal" | "cleaning" | "bathing" | "walking" | "medical" | "emergency" | "recreation" | "visit";
            /**
             * @description 北京时间 · China Standard Time
             * @example 11:00
             */
            startTime: string;
            /**
             * @description 含当日 · Inclusive
             * @example 2025-06-30
             */
            until: string;
        };
        CreateSlotDto: {
            /**
             * @description 服务范围（区划代码，含下级）· Area served: region codes, each with its subtree
             * @example [
             *       "500112002000"
             *     ]
             */
            area: string[];
            /** @description 名额 · Places */
            capacity: number;
            /**
             * @description 结束 · Ends at
             * @example 2025-06-02T12:30:00+08:00
             */
            endsAt: string;
            /**
             * @description 价格（分）· Price in cents (分)
             * @example 1500
             */
            priceCents: number;
            /**
             * @description 服务类型 · Service type
             * @enum {string}
             */
            serviceType: "meal" | "cleaning" | "bathing" | "walking" | "medical" | "emergency" | "recreation" | "visit";
            /**
             * @description 开始（上门服务：到达时段开始）· Starts at, ISO 8601 with offset
             * @example 2025-06-02T11:00:00+08:00
             */
            startsAt: string;
        };
        CreateUserDto: {
            /**
             * @description 姓名或显示名 · Display name (defaults to the username)
             * @example 王丽
             */
            displayName?: string;
            /** @description 可见机构 · Facilities the user may see (operators need at least one) */
            facilityIds?: string[];
            /**
             * Format: password
             * @description 密码，至少 12 位 · Password, at least 12 characters
             */
            password: string;
            /**
             * @description 可见区域的 12 位统计用区划代码，含全部下级；null 清除 · 12-digit region code whose subtree the user sees; null clears it
             * @example 500112000000
             */
            regionCode?: string | null;
            /** @description 关联老年人 · Older people a family member is linked to */
            residentIds?: string[];
            /**
             * @description 角色 · Role
             * @enum {string}
             */
            role: "admin" | "civil_affairs" | "operator" | "assessor" | "family";
            /**
             * @description 用户名：3–64 位字母、数字、点、下划线或连字符，不区分大小写 · Username, case-insensitive
             * @example wang.li
             */
            username: string;
        };
        CumulativeDto: {
            /** @example 2021-01 */
            from: string;
            value: number;
        };
        DischargeDto: {
            /** @description 出院日期：当日起不在床，不早于入住日、不晚于今天（入住当天离开即为入住日）· First day away: from the admission day (leaving the day they came) to today */
            on: string;
            /**
             * @description 原因：回家/住院/去世/转出/其他 · Reason
             * @enum {string}
             */
            reason: "home" | "hospital" | "death" | "transfer_out" | "other";
        };
        DissolveConsortiumDto: {
            /**
             * @description 解散日期：当日起不再计入 · First day dissolved
             * @example 2025-07-01
             */
            on: string;
        };
        DueDto: {
            finalLevel: number | null;
            /** @description 上次评估 · Last assessed on */
            lastAssessedOn: string | null;
            name: string;
            /** @description 到期日（从未评估则为空）· Due on (none: never assessed) */
            nextDueOn: string | null;
            /** @description 已逾期 · Overdue today */
            overdue: boolean;
            /** Format: uuid */
            residentId: string;
        };
        DuePageDto: {
            items: components["schemas"]["DueDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        DueVisitDto: {
            /** @enum {string} */
            frequency: "weekly" | "monthly";
            /** @description 上次探访 · The last visit the caller may see (a facility: its own) */
            lastVisitedAt: string | null;
            livingArrangement: string;
            /** Format: uuid */
            residentId: string;
            residentName: string;
        };
        EligibilityConditionDto: {
            /** @description 具备其一 · At least one of these categories */
            anyCategory?: ("tekun" | "dibao" | "dibao_edge" | "family_planning_special" | "key_entitled" | "special_merit" | "disabled_certified")[];
            /** @description 年龄不低于 · Age at least */
            minAge?: number;
            /** @description 评估等级不低于 · Assessed level at least (2 = 中度失能) */
            minLevel?: number;
            /** @description 评估等级不低于，或患认知障碍 · Level at least this, or dementia */
            minLevelOrDementia?: number;
        };
        EmergencyContactDto: {
            /** @description 姓名 · Name */
            name: string;
            /** @description 电话（加密保存，返回脱敏）· Phone (encrypted, returned masked) */
            phone: string;
            /**
             * @description 关系 · Relation
             * @example 女儿
             */
            relation: string;
        };
        EmergencyContactViewDto: {
            name: string;
            /**
             * @description 脱敏 · Masked
             * @example 138****5678
             */
            phone: string;
            relation: string;
        };
        EndCareAgreementDto: {
            /**
             * @description 协议最后有效日（含）· Last day in force
             * @example 2025-06-30
             */
            on: string;
            /** @description 原因 · Reason */
            reason?: string;
        };
        EndServiceDto: {
            /**
             * @description 结束日期（当日起不再服务）· First day no longer serving
             * @example 2025-06-16
             */
            on: string;
        };
        EvaluateScenarioDto: {
            /** @description 变更 · The changes, in order */
            changes: (components["schemas"]["ConvertBedsChangeDto"] | components["schemas"]["OpenFacilityChangeDto"] | components["schemas"]["CloseFacilityChangeDto"] | components["schemas"]["AddCentreChangeDto"] | components["schemas"]["SetPopulationChangeDto"])[];
            /**
             * @description 月份 · Month judged (YYYY-MM, up to the current one)
             * @example 2025-06
             */
            month: string;
            /**
             * @description 行政区划代码 · Region the scenario is judged for
             * @example 500112000000
             */
            regionCode: string;
        };
        FacilityDto: {
            address: string | null;
            /** @description 快照日期 · Date the profile and ratings are shown for */
            asOf: string;
            /** @description 停业日期（当日起）· First day closed */
            closedOn: string | null;
            closeReason: string | null;
            /** Format: uuid */
            id: string;
            /** @description 是否达标 · Passed */
            inspectionPassed: boolean | null;
            /** @description 最近年度质量检查 · Latest inspection year */
            inspectionYear: number | null;
            latitude: number | null;
            longitude: number | null;
            name: string;
            openedOn: string;
            phone: string | null;
            /** @description 该日有效的档案 · Profile in force on asOf */
            profile: components["schemas"]["FacilityProfileDto"] | null;
            /** @description 所在乡镇/村区划代码 · Region where it stands */
            regionCode: string;
            /** @description 星级（GB/T 37276，0 = 未达星级）· Star level in force */
            starLevel: number | null;
            starRatedOn: string | null;
        };
        FacilityLocationDto: {
            /** Format: uuid */
            facilityId: string;
            /** @description WGS-84 */
            lat: number;
            /** @description WGS-84 */
            lng: number;
            updatedAt: string;
        };
        FacilityLocationInputDto: {
            /**
             * @description 坐标系 · Coordinate system of lat/lng: wgs84 (GPS) or gcj02 (高德/腾讯地图); stored as WGS-84
             * @example gcj02
             * @enum {string}
             */
            crs: "wgs84" | "gcj02";
            /**
             * @description 纬度 · Latitude (China: 3–54)
             * @example 29.7178
             */
            lat: number;
            /**
             * @description 经度 · Longitude (China: 73–136)
             * @example 106.6313
             */
            lng: number;
        };
        FacilityPageDto: {
            items: components["schemas"]["FacilityDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        FacilityProfileDto: {
            aGrade: number | null;
            /** @description 康复辅具消杀（消洗）场所 · Assistive-device disinfection site */
            assistiveDeviceSite: boolean;
            /** Format: date-time */
            changedAt: string;
            /** @description 变更人 · Changed by (user id) */
            changedBy: string | null;
            /** @description 具备综合功能（全托 + 日托 + 居家上门）· Comprehensive functions */
            comprehensive: boolean;
            dementiaZone: boolean;
            demoCentre: boolean;
            /** @description 国际交流平台 · International exchange platform */
            exchangePlatform: boolean;
            foodSafetyGrade: string | null;
            functions: ("full_time_care" | "day_care" | "home_outreach" | "meals" | "rehab" | "recreation" | "medical_care" | "spiritual_comfort")[];
            /** @enum {string} */
            kind: "institution" | "tekun_home" | "township_centre" | "community_station" | "mutual_aid" | "canteen";
            kindLabel: components["schemas"]["LabelDto"];
            managedByFacilityId: string | null;
            medicalIntegrated: boolean;
            /** @enum {string} */
            operation: "government" | "social";
            /** @enum {string} */
            ownership: "public" | "private";
            /** @description 老年用品展示平台 · Elderly-products display platform */
            productsDisplayPlatform: boolean;
            /** @description 公建民营 · Publicly built, socially operated */
            publicBuiltPrivatelyOperated: boolean;
            rehabRoom: boolean;
            smart: boolean;
            standardizedCanteen: boolean;
            sunshineKitchen: boolean;
            /** @description 生效日期 · In force from */
            validFrom: string;
            /** @description 失效日期（不含）· In force until (exclusive) */
            validTo: string | null;
            videoConnected: boolean;
        };
        FacilitySlotDto: {
            area: string[];
            /** @description 上门服务 · Delivered at home */
            atHome: boolean;
            booked: number;
            /** @description 预约（含已取消，按姓名）· Its bookings, cancelled ones included, by name */
            bookings: components["schemas"]["SlotBookingDto"][];
            capacity: number;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** Format: uuid */
            id: string;
            /** @description 分 · Cents */
            priceCents: number;
            remaining: number;
            seriesId: string | null;
            /** @enum {string} */
            serviceType: "meal" | "cleaning" | "bathing" | "walking" | "medical" | "emergency" | "recreation" | "visit";
            serviceTypeLabel: components["schemas"]["LabelDto"];
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "open" | "cancelled";
        };
        FacilitySlotsDto: {
            /** Format: uuid */
            facilityId: string;
            from: string;
            /** @description 按开始时间 · By start */
            slots: components["schemas"]["FacilitySlotDto"][];
            to: string;
        };
        /** @description 一个字段的问题 · What is wrong with one field (validation, refused values) */
        FieldProblem: {
            /**
             * @description Path of the field: `items[2].score`, `regionCode`, `headers.x-y`
             * @example regionCode
             */
            field: string;
            /**
             * @example [
             *       "regionCode must be a 12-digit region code"
             *     ]
             */
            messages: string[];
        };
        ForecastBackTestDto: {
            /**
             * @description Months held out at the end of the history: 12, or half the history when it is shorter than 24 months
             * @example 12
             */
            holdout: number;
            /** @description Root mean squared error of damped Holt over the held-out months */
            holtRmse: number | null;
            /** @description Root mean squared error of time-weighted regression over the held-out months */
            regressionRmse: number | null;
        };
        ForecastDto: {
            backTest: components["schemas"]["ForecastBackTestDto"] | null;
            /** @example 2027-07 */
            expectedMetOn: string | null;
            expectedMetRange: components["schemas"]["ForecastRangeDto"] | null;
            /** @description From the indicator’s earliest month available (at most 120) */
            history: components["schemas"]["ForecastHistoryPointDto"][];
            /** @description The projection’s last month: December of the target’s year, or 60 months past the history when that is not ahead */
            horizon: string | null;
            indicator: string;
            /**
             * @description Level of the prediction interval
             * @example 0.8
             */
            intervalLevel: number;
            /**
             * @description The method the back-test chose: time-weighted linear regression or damped Holt
             * @enum {string|null}
             */
            method: "regression" | "holt" | null;
            methodEn: string | null;
            methodZh: string | null;
            /**
             * @description The last month of history
             * @example 2026-11
             */
            month: string;
            /** @description Per-county indicators above the county level: the series forecast is the smallest county’s value */
            note?: string;
            /** @description Empty unless the status is expected or not_at_pace */
            projection: components["schemas"]["ForecastProjectionPointDto"][];
            regionCode: string;
            regionName: string;
            /**
             * @description met (already, in the last month) / expected (a projected month meets the target) / not_at_pace (none within the horizon) / too_little_history (fewer than 6 months) / no_target
             * @enum {string}
             */
            status: "met" | "expected" | "not_at_pace" | "too_little_history" | "no_target";
            /** @example not at this pace */
            statusEn: string;
            /** @example 按此速度无法达标 */
            statusZh: string;
            target: components["schemas"]["ForecastTargetDto"] | null;
        };
        ForecastHistoryPointDto: {
            denominator: number | null;
            /** @example 2026-06 */
            month: string;
            numerator: number | null;
            /** @description The value the target is judged on: the month’s value, or for a cumulative indicator the months since its start added up */
            value: number | null;
        };
        ForecastProjectionPointDto: {
            /** @description A projected part was held to its bounds (a count at zero, a share’s rows at their base) */
            capped: boolean;
            /** @description Upper bound of the 80 % prediction interval */
            high: number;
            /** @description Lower bound of the 80 % prediction interval */
            low: number;
            /** @example 2027-01 */
            month: string;
            /** @description Projected value, from the projected parts */
            value: number;
        };
        ForecastRangeDto: {
            /** @description When the interval’s favourable bound first meets the target */
            earliest: string | null;
            /** @description When its unfavourable bound first meets it (null: not within the horizon) */
            latest: string | null;
        };
        ForecastTargetDto: {
            /** @enum {string} */
            comparator: ">=" | "<=" | "=" | ">" | "<";
            value: number;
            year: number;
        };
        GapDto: {
            /** @example convert 312 more institution beds to care-type */
            en: string;
            /** @description The regions that hold it back (townships lacking, counties short) */
            regions?: components["schemas"]["GapRegionDto"][];
            /** @description Whole units that close the gap (beds, townships, people…) */
            units: number;
            /** @example 再将 312 张机构床位转为护理型床位 */
            zh: string;
        };
        GapRegionDto: {
            code: string;
            name: string | null;
            units: number;
        };
        HazardInputDto: {
            /**
             * @description 隐患描述 · What was found
             * @example 消防通道堵塞
             */
            description: string;
            /**
             * @description 发现日期 · Found on
             * @example 2025-05-20
             */
            foundOn: string;
            /**
             * Format: uuid
             * @description 发现该隐患的年度检查 · The inspection that found it
             */
            inspectionId?: string;
            /** @description 重大安全隐患 · A major hazard */
            major: boolean;
        };
        HazardViewDto: {
            description: string;
            /** Format: uuid */
            facilityId: string;
            foundOn: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inspectionId: string | null;
            /** @description 重大安全隐患 · Major */
            major: boolean;
            rectifiedOn: string | null;
        };
        HomeApplicationDto: {
            appliedAt: string;
            /** Format: uuid */
            entryId: string;
            /** @description 优先组 · Priority group */
            groupLabel: components["schemas"]["LabelDto"] | null;
            /** @description 待确认的床位 · The bed offered, awaiting an answer */
            offer: components["schemas"]["PendingOfferDto"] | null;
            /** @description 排位（暂停时为空）· Place in the queue (none while suspended) */
            position: number | null;
            /**
             * @description 轮候中/已提供床位/暂停 · Waiting, holding an offer, or suspended after a declined offer
             * @enum {string}
             */
            status: "waiting" | "offered" | "suspended";
            /** @description 暂停至 · Back in the queue on */
            suspendedUntil: string | null;
            /** @description 排位依据 · Why this place */
            why: components["schemas"]["LabelDto"] | null;
        };
        HomeModificationDto: {
            applicantName: string;
            /** Format: date */
            appliedOn: string;
            /** Format: date */
            completedOn: string | null;
            hardship: boolean;
            /** Format: uuid */
            id: string;
            regionCode: string;
            regionName: string;
            /** Format: uuid */
            residentId: string | null;
            subsidised: boolean;
            /**
             * @description 元 · Yuan
             * @example 3000.00
             */
            subsidyYuan: string | null;
        };
        HomeModificationInputDto: {
            /**
             * @description 申请人 · Applicant
             * @example 张桂芳
             */
            applicantName: string;
            /**
             * @description 申请日期 · Applied on
             * @example 2025-03-01
             */
            appliedOn: string;
            /**
             * @description 完工日期 · Completed on
             * @example 2025-04-20
             */
            completedOn?: string;
            /** @description 困难老年人家庭 · Hardship household of older people */
            hardship: boolean;
            /**
             * @description 所在村（社区）或乡镇（街道）· The household's village, community or township
             * @example 500112002001
             */
            regionCode: string;
            /**
             * Format: uuid
             * @description 老年人（已登记时）· The older person, when registered
             */
            residentId?: string;
            /** @description 获得补贴 · Subsidised */
            subsidised: boolean;
            /**
             * @description 补贴金额（元）· Subsidy, yuan
             * @example 3000
             */
            subsidyYuan?: number;
        };
        HomeModificationPageDto: {
            items: components["schemas"]["HomeModificationDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        ImportJobDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description 问题总数 · Problems in all */
            errorCount: number;
            /** @description 前 1000 个问题，按行 · The first 1,000 problems, by line */
            errors: components["schemas"]["RowProblemDto"][];
            fileName: string;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description 导入的内容 · What the file holds
             * @example regions
             */
            kind: string;
            /** @description 失败原因 · Why it failed */
            message: string | null;
            /** @description 0–1：读取占前 80 %，写入占其余 · 0–1: reading is the first 80 %, writing the rest */
            progress: number;
            /** @description 完成时与同步导入相同的结果 · On completion, the result a synchronous import gives */
            result: {
                inserted?: number;
                rows?: number;
                unchanged?: number;
                updated?: number;
            } | null;
            /** @description 已读数据行 · Data rows read so far */
            rowsRead: number;
            /** @description 数据行总数，读完后可知 · Data rows in the file, once all are read */
            rowsTotal: number | null;
            /**
             * @description queued → running → completed | failed (failed: nothing was written)
             * @enum {string}
             */
            status: "queued" | "running" | "completed" | "failed";
        };
        ImportResultDto: {
            /** @description 新增 · Inserted */
            inserted: number;
            /** @description 文件数据行数 · Data rows in the file */
            rows: number;
            /** @description 未变 · Unchanged */
            unchanged: number;
            /** @description 修改 · Updated */
            updated: number;
        };
        IncidentDto: {
            /** @description 经过 · What happened */
            description: string;
            /**
             * Format: uuid
             * @description 记录机构 · The facility recording it (yours); omitted: your one facility serving the person. Only its staff, the family and officers of the person's region see the incident
             */
            facilityId?: string;
            /** @description 告知家属时间 · Family told at */
            familyNotifiedAt?: string;
            /** @description 处置 · Handling */
            handling?: string;
            /** Format: uuid */
            id: string;
            /**
             * @description 告知方式 · How
             * @enum {string}
             */
            notificationChannel?: "phone" | "in_person" | "message" | "other";
            /** @description 告知对象 · Who was told */
            notifiedPerson?: string;
            /**
             * @description 发生时间 · Occurred at (ISO 8601)
             * @example 2025-06-03T07:40:00+08:00
             */
            occurredAt: string;
            /** Format: uuid */
            residentId: string;
            reviewedAt: string | null;
            reviewNotes: string | null;
            /**
             * @description 风险类别 · Risk
             * @enum {string}
             */
            risk: "choking" | "wrong_intake" | "pressure_sore" | "scald" | "bed_fall" | "fall" | "wandering" | "harm" | "activity_accident" | "other";
        };
        IncidentInputDto: {
            /** @description 经过 · What happened */
            description: string;
            /**
             * Format: uuid
             * @description 记录机构 · The facility recording it (yours); omitted: your one facility serving the person. Only its staff, the family and officers of the person's region see the incident
             */
            facilityId?: string;
            /** @description 告知家属时间 · Family told at */
            familyNotifiedAt?: string;
            /** @description 处置 · Handling */
            handling?: string;
            /**
             * @description 告知方式 · How
             * @enum {string}
             */
            notificationChannel?: "phone" | "in_person" | "message" | "other";
            /** @description 告知对象 · Who was told */
            notifiedPerson?: string;
            /**
             * @description 发生时间 · Occurred at (ISO 8601)
             * @example 2025-06-03T07:40:00+08:00
             */
            occurredAt: string;
            /**
             * @description 风险类别 · Risk
             * @enum {string}
             */
            risk: "choking" | "wrong_intake" | "pressure_sore" | "scald" | "bed_fall" | "fall" | "wandering" | "harm" | "activity_accident" | "other";
        };
        IndicatorDto: {
            /** @description kpi-catalog.yaml id this measures (a segment of it when the id has a suffix) */
            catalogId: string;
            /** @description Cumulative targets add the months from this one */
            cumulativeFrom: string | null;
            decimals: number;
            /**
             * @description What the numerator is divided by
             * @enum {string}
             */
            denominatorKind: "none" | "sum" | "population" | "days";
            /** @enum {string} */
            direction: "at_least" | "at_most" | "exact" | "grow";
            /** @example care_type_bed_share */
            id: string;
            nameEn: string;
            /** @example 养老机构护理型床位占比 */
            nameZh: string;
            /**
             * @description population_less: the numerator is the region’s 60+ population less the counted people (社区老年人 = 60+ less those in institutions)
             * @enum {string|null}
             */
            numeratorBase: "population_less" | null;
            /** @description Targets hold for every county-level unit */
            perCounty: boolean;
            /**
             * @description stock: state on the month’s last day (月末存量); flow: events in the month (当月流量)
             * @enum {string}
             */
            rollup: "stock" | "flow";
            scale: number;
            /** @enum {string} */
            source: "facilities" | "beds" | "staff" | "tekun" | "roster" | "orders" | "townships" | "villages" | "circle" | "trainings" | "social_workers" | "modifications" | "medical" | "works";
            unitEn: string;
            /** @example % */
            unitZh: string;
        };
        IndicatorSeriesDto: {
            /** @example care_type_bed_share */
            indicator: string;
            /** @description One per month from `from` to `to` */
            items: components["schemas"]["SeriesItemDto"][];
        };
        InspectionDto: {
            /**
             * @description 检查日期，自该日起计入 · Inspected on; the result counts from this date
             * @example 2025-03-01
             */
            inspectedOn: string;
            /** @description 备注 · Notes */
            notes?: string;
            /** @description 是否达标（养老机构服务质量基本规范）· Met the quality standard */
            passed: boolean;
            /** @description 得分 0–100 · Score */
            score?: number;
            /**
             * @description 年度 · Year
             * @example 2025
             */
            year: number;
        };
        InspectionViewDto: {
            /**
             * Format: uuid
             * @description 检查记录 id（登记隐患时可引用）· Id, which a hazard found may name
             */
            id: string;
            inspectedOn: string;
            notes: string | null;
            passed: boolean;
            score: number | null;
            year: number;
        };
        InstrumentDomainDto: {
            code: string;
            text: components["schemas"]["LabelDto"];
        };
        InstrumentDto: {
            /** @description 等级调整规则 · Adjustment rules */
            adjustments: components["schemas"]["AdjustmentRulesDto"] | null;
            /** @description 按总分划分等级 · Level bands by total */
            bands: components["schemas"]["LevelBandDto"][] | null;
            /**
             * @example gbt-42195-2022
             * @enum {string}
             */
            code: "gbt-42195-2022" | "barthel" | "mzt-039-2013";
            /** @description 每次评估必须填写的附加情况 · Conditions every assessment with this instrument must record */
            conditions: ("coma" | "dementiaDiagnosis" | "psychiatricDiagnosis" | "riskEvents30d")[];
            domains: components["schemas"]["InstrumentDomainDto"][];
            items: components["schemas"]["InstrumentItemDto"][];
            /** @description 等级名称，键为等级 · Level labels keyed by level */
            levels: {
                [key: string]: components["schemas"]["LabelDto"];
            };
            /** @description 最重等级 · The most severe level */
            maxLevel: number;
            /**
             * @description 初步等级的判定方式：按总分分段，或按 MZ/T 039 判定卡组合 · How items become the preliminary level: total bands, or the MZ/T 039 judgement card
             * @enum {string}
             */
            scoring: "total_bands" | "mzt_039_combination";
            title: components["schemas"]["LabelDto"];
            /** @description 有效期（月）· Months a result counts */
            validityMonths: number;
            version: string;
        };
        InstrumentItemDto: {
            /** @description 可取分值 · Allowed scores */
            allowed: number[];
            code: string;
            domain: string;
            text: components["schemas"]["LabelDto"];
        };
        InverseDto: {
            /** @description convert_beds changes that reach the target with the fewest facilities (empty when met, or when the beds do not suffice) */
            changes: components["schemas"]["ConvertBedsChangeDto"][];
            /** @description Fewest beds to convert to the numerator (⌈pT − N⌉ at the published precision); null: not enough beds */
            convert: number | null;
            /** @description The day the beds are read (the month’s last, or today) */
            day: string;
            denominator: number;
            /** @description Facilities that could convert, most general beds first (care-type share only) */
            facilities: components["schemas"]["InverseFacilityDto"][];
            indicator: string;
            /** @description The target is met already */
            met: boolean;
            month: string;
            numerator: number;
            /** @description Fewest new beds, all in the numerator (⌈(pT − N)/(1 − p)⌉ at the published precision); null: no number does */
            open: number | null;
            regionCode: string;
            /** @description The plan target judged this month (null: none set) */
            target: components["schemas"]["ScenarioTargetDto"] | null;
            value: number | null;
        };
        InverseFacilityDto: {
            /** Format: uuid */
            facilityId: string;
            /** @description General (non care-type) institution beds open on the month’s day */
            generalBeds: number;
            name: string;
            regionCode: string;
        };
        JobsStatusDto: {
            /**
             * @description BullMQ on Redis, or in-process without REDIS_URL
             * @enum {string}
             */
            mode: "bullmq" | "in-process";
            queues: components["schemas"]["QueueStatusDto"][];
        };
        KpiMatrixDto: {
            /** @example care_type_bed_share */
            indicator: string;
            /**
             * @example [
             *       "2025-11",
             *       "2025-12"
             *     ]
             */
            months: string[];
            /** @example 500112000000 */
            regionCode: string;
            /** @example 渝北区 */
            regionName: string;
            /** @description The region’s children (not the townships another body administers), by code */
            rows: components["schemas"]["MatrixRowDto"][];
        };
        KpiOverviewDto: {
            items: components["schemas"]["AttainmentDto"][];
            level: string;
            month: string;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            source: "snapshot" | "live";
        };
        KpiSeriesSetDto: {
            /** @example 2025-01 */
            from: string;
            /** @description Every indicator of GET /kpi/indicators, in that order */
            indicators: components["schemas"]["IndicatorSeriesDto"][];
            /** @example county */
            level: string;
            /** @example 500112000000 */
            regionCode: string;
            /** @example 渝北区 */
            regionName: string;
            /** @example 2025-12 */
            to: string;
        };
        LabelDto: {
            /** @example Elderly-care institution */
            en: string;
            /** @example 养老机构 */
            zh: string;
        };
        LabelInputDto: {
            /** @example Priority groups */
            en: string;
            /** @example 优先对象 */
            zh: string;
        };
        LevelBandDto: {
            level: number;
            /** @description 总分上限（含）· Highest total, inclusive */
            max: number;
            /** @description 总分下限（含）· Lowest total, inclusive */
            min: number;
        };
        LinkResidentDto: {
            /**
             * Format: uuid
             * @description 调用者的机构 · A facility of the caller
             */
            facilityId: string;
            /** @description 身份证号 · ID number of the person already registered */
            idNumber: string;
            /** @description 姓名 · The person's name as registered: with the ID number it must match, or the answer is 404 */
            name: string;
        };
        LoginDto: {
            /**
             * Format: password
             * @description 密码 · Password
             */
            password: string;
            /**
             * @description 用户名 · Username
             * @example admin
             */
            username: string;
        };
        LoginResponseDto: {
            /** @description 访问令牌（JWT）· Access token: send as `Authorization: Bearer <token>` */
            accessToken: string;
            /**
             * @description 有效期（秒）· Seconds until the token expires
             * @example 28800
             */
            expiresIn: number;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["UserDto"];
        };
        MatrixRowDto: {
            /** @description One per month, judged against the targets of targetRegionCode */
            cells: components["schemas"]["SeriesItemDto"][];
            /** @example township */
            level: string;
            /** @example 500112001000 */
            regionCode: string;
            /** @example 双龙湖街道 */
            regionName: string;
            /**
             * @description Whose targets the cells are judged against: the child’s own, else (none of its own) the region’s; null when neither has one
             * @example 500112000000
             */
            targetRegionCode: string | null;
        };
        MedicalAgreementDto: {
            /** Format: uuid */
            facilityId: string;
            /** @description 养老服务设施 · Care facility */
            facilityName: string;
            /** Format: uuid */
            id: string;
            /** @description 今日有效 · In force today */
            inForce: boolean;
            /** Format: uuid */
            medicalInstitutionId: string;
            /** @description 医疗机构 · Medical institution */
            medicalInstitutionName: string;
            /** @description 合作内容 · Services */
            services: string | null;
            /** @description 签约日期 · Signed on */
            signedOn: string;
            /** @description 有效期至（含；空 = 长期）· Valid until (inclusive; null = open-ended) */
            validUntil: string | null;
        };
        MedicalInstitutionDto: {
            /** @description 停业日期（当日起不再计入）· First day closed */
            closedOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "general_hospital" | "tcm_hospital" | "township_health_centre" | "community_health_centre" | "clinic" | "rehabilitation" | "other";
            kindLabel: components["schemas"]["LabelDto"];
            /** @enum {string} */
            level: "tertiary" | "secondary" | "primary" | "unrated";
            levelLabel: components["schemas"]["LabelDto"];
            /** @description 名称 · Name */
            name: string;
            /** @description 开业日期 · Opened on */
            openedOn: string | null;
            /** @description 所在区域 · Region code */
            regionCode: string;
            /** @description 区域名称 · Region name */
            regionName: string | null;
        };
        MedicalInstitutionPageDto: {
            items: components["schemas"]["MedicalInstitutionDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        MismatchDto: {
            bedCode: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** @description 评估等级（≥ 2 中度失能）· Assessed level */
            level: number;
            levelLabel: components["schemas"]["LabelDto"];
            /** Format: uuid */
            residentId: string;
            /** @description 脱敏姓名 · Masked name */
            residentName: string;
        };
        MoneyTotalsDto: {
            orders: number;
            /**
             * @description 元 · Yuan
             * @example 1234.50
             */
            price: string;
            priceCents: number;
            /** @example 634.50 */
            selfPay: string;
            selfPayCents: number;
            /** @example 600.00 */
            subsidy: string;
            subsidyCents: number;
        };
        NineRisksDto: {
            /** @description 文体活动意外 */
            activity_accident: components["schemas"]["RiskEntryDto"];
            /** @description 坠床 */
            bed_fall: components["schemas"]["RiskEntryDto"];
            /** @description 噎食 */
            choking: components["schemas"]["RiskEntryDto"];
            /** @description 跌倒 */
            fall: components["schemas"]["RiskEntryDto"];
            /** @description 他伤和自伤 */
            harm: components["schemas"]["RiskEntryDto"];
            /** @description 压疮 */
            pressure_sore: components["schemas"]["RiskEntryDto"];
            /** @description 烫伤 */
            scald: components["schemas"]["RiskEntryDto"];
            /** @description 走失 */
            wandering: components["schemas"]["RiskEntryDto"];
            /** @description 食品药品误食 */
            wrong_intake: components["schemas"]["RiskEntryDto"];
        };
        OccupancyDto: {
            /** @description 可用床日（在用床位的天数，扣除暂停使用）· Available bed-days */
            availableBedDays: number;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** @description 按等级加权的占用床位数（运营补贴基数）· Level-weighted occupied beds */
            levelWeightedOccupiedBeds: number;
            /** @description 入住率 · Occupancy rate (0–1) */
            occupancyRate: number | null;
            /** @description 占用床日 · Occupied bed-days */
            occupiedBedDays: number;
        };
        OfferDto: {
            /**
             * Format: uuid
             * @description 提供的床位（本机构今日空床）· The bed offered: vacant today, in this facility
             */
            bedId: string;
            /**
             * @description 接受后入住的费用来源 · Funding of the stay if accepted
             * @default self_pay
             * @enum {string}
             */
            funding: "self_pay" | "tekun_centralized" | "government_purchased";
            /** @description 越过排在前面的申请人时的理由 · Why, when applicants wait ahead of this one */
            skipReason?: string;
        };
        OpenFacilityChangeDto: {
            /**
             * @description 床位数 · Beds it opens with (institution beds for institutions, community beds otherwise)
             * @example 100
             */
            beds: number;
            /**
             * @description 其中护理型床位 · Of them care-type (≤ beds)
             * @example 60
             */
            careBeds: number;
            /**
             * @description 机构类型 · Kind of facility
             * @enum {string}
             */
            facilityKind: "institution" | "tekun_home" | "township_centre" | "community_station" | "mutual_aid" | "canteen";
            /**
             * @description 生效日期 · Effective from (YYYY-MM-DD)
             * @example 2025-06-01
             */
            from: string;
            /**
             * @description 新建机构 · A new facility opens (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "open_facility";
            /**
             * @description 名称 · Name (default: the kind, marked as a scenario)
             * @example 双龙湖颐养院（规划）
             */
            name?: string;
            /**
             * @description 乡镇（街道） · Township it opens in
             * @example 500112002000
             */
            townshipCode: string;
        };
        OrderDto: {
            /** Format: date-time */
            bookedAt: string;
            cancelledAt: string | null;
            /** @description 签到时间 · Checked in at */
            checkedInAt: string | null;
            /** @description 签到人员 · Who checked in */
            checkedInByName: string | null;
            comment: string | null;
            /** @description 签退（完成）时间 · Checked out (done) at */
            completedAt: string | null;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** Format: uuid */
            id: string;
            noShowAt: string | null;
            /** @description 价格（分）· Price, cents */
            priceCents: number;
            rating: number | null;
            /** @description 提醒时间 · Reminded at */
            remindedAt: string | null;
            /** Format: uuid */
            residentId: string;
            /** @description 脱敏姓名 · Masked name */
            residentName: string;
            /** @description 自付（分）· Self-pay, cents */
            selfPayCents: number;
            /** @enum {string} */
            serviceType: "meal" | "cleaning" | "bathing" | "walking" | "medical" | "emergency" | "recreation" | "visit";
            serviceTypeLabel: components["schemas"]["LabelDto"];
            /** Format: uuid */
            slotId: string;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "booked" | "checked_in" | "completed" | "cancelled" | "no_show";
            statusLabel: components["schemas"]["LabelDto"];
            /** @description 补贴（分）· Subsidy, cents */
            subsidyCents: number;
        };
        OrderPageDto: {
            items: components["schemas"]["OrderDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        OutOfServiceDto: {
            /** @description 停用开始 · From */
            from: string;
            /**
             * @description 原因 · Reason
             * @example 维修 repairs
             */
            reason: string;
            /** @description 恢复日期（不含；省略则待定）· Back in service on (exclusive; open when absent) */
            until?: string;
        };
        PendingOfferDto: {
            bedCode: string;
            /** Format: uuid */
            bedId: string;
            /**
             * Format: date-time
             * @description 保留至 · Open until
             */
            expiresAt: string;
            /** Format: uuid */
            offerId: string;
        };
        PopulationDto: {
            age60Plus: number;
            age65Plus: number | null;
            age80Plus: number | null;
            /** @enum {string} */
            basis: "registered" | "resident";
            /** @description 是否为本区划自有数据；否则为下级合计 · Own figure, or the sum of the nearest regions below that have one */
            own: boolean;
            regionCode: string;
            /** @description 计入的区划数 · Regions whose figures make up the value */
            regionsCounted: number;
            year: number;
        };
        PriorityGroupDto: {
            /** @example priority */
            code: string;
            label: components["schemas"]["LabelInputDto"];
            /** @description 随报随入，不排队 · Admitted on request, ahead of every queue */
            noQueue?: boolean;
            /** @description 满足任一条件即入组；空条件{}接纳所有人 · Any condition admits; {} admits everyone */
            when: components["schemas"]["EligibilityConditionDto"][];
        };
        ProjectInputDto: {
            /**
             * @description 竣工日期（已完工时）· Completed on, if done already
             * @example 2022-10-31
             */
            completedOn?: string;
            /**
             * @description 资金来源 · Funding source
             * @example 中央预算内投资
             */
            fundingSource?: string;
            /**
             * @description 投入资金（元）· Funding in yuan
             * @example 1200000
             */
            fundingYuan?: number;
            /**
             * @description 类型：提升改造 / 消防改造 / 维修改造 / 改扩建 / 新建 · Kind of project
             * @enum {string}
             */
            kind: "upgrade" | "fire_safety" | "repair" | "expansion" | "new_build";
            /**
             * @description 开工日期 · Started on
             * @example 2022-03-01
             */
            startedOn: string;
            /**
             * @description 项目名称 · Title
             * @example 消防设施提升改造
             */
            title: string;
        };
        ProjectViewDto: {
            completedOn: string | null;
            /** Format: uuid */
            facilityId: string;
            fundingSource: string | null;
            fundingYuan: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "upgrade" | "fire_safety" | "repair" | "expansion" | "new_build";
            kindLabel: components["schemas"]["LabelDto"];
            startedOn: string;
            title: string;
        };
        ProviderLineDto: {
            orders: number;
            /** @description 服务人数 · Distinct people served */
            people: number;
            /**
             * @description 元 · Yuan
             * @example 1234.50
             */
            price: string;
            priceCents: number;
            /** @example 634.50 */
            selfPay: string;
            selfPayCents: number;
            /** @enum {string} */
            serviceType: "meal" | "cleaning" | "bathing" | "walking" | "medical" | "emergency" | "recreation" | "visit";
            /** @example 600.00 */
            subsidy: string;
            subsidyCents: number;
        };
        ProviderStatementDto: {
            /** @description 按服务类型 · By service type (completed orders) */
            byServiceType: components["schemas"]["ProviderLineDto"][];
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            month: string;
            /** @description 补贴部分向民政结算，自付部分向老人收取 · Subsidies are claimed from civil affairs, self-pay collected from people */
            totals: components["schemas"]["MoneyTotalsDto"];
        };
        PutPopulationDto: {
            /**
             * @description 60 岁及以上人口 · People aged 60+
             * @example 208200
             */
            age60Plus: number;
            /** @description 65 岁及以上人口 · People aged 65+ */
            age65Plus?: number;
            /** @description 80 岁及以上人口 · People aged 80+ */
            age80Plus?: number;
            /**
             * @description 口径：registered 户籍 / resident 常住 · Basis
             * @enum {string}
             */
            basis: "registered" | "resident";
            /** @description 来源 · Source (census table, 户籍 statistics…) */
            source?: string;
        };
        PutTargetDto: {
            /**
             * @description 指标属性 · 约束性 binding, 预期性 expected, or not stated
             * @example binding
             * @enum {string}
             */
            binding: "binding" | "expected" | "not_stated";
            /**
             * @description 比较 · Comparator
             * @example >=
             * @enum {string}
             */
            comparator: ">=" | "<=" | "=" | ">" | "<";
            /**
             * @description 指标 · Indicator id (GET /api/v1/kpi/indicators)
             * @example care_type_bed_share
             */
            indicator: string;
            /** @description 备注 · Note */
            note?: string;
            /**
             * @description 行政区划代码 · Region whose plan sets the target
             * @example 500112000000
             */
            regionCode: string;
            /** @description 出处 · Where the plan says it */
            source?: components["schemas"]["TargetSourceDto"];
            /**
             * @description 目标值 · Target value in the indicator unit (60 for 60 %)
             * @example 60
             */
            value: number;
            /**
             * @description 目标年份 · Target year
             * @example 2025
             */
            year: number;
        };
        QueueDashboardSessionDto: {
            /**
             * Format: date-time
             * @description 会话到期 · When the cookie stops working
             */
            expiresAt: string;
            /**
             * @description 在浏览器中打开 · Open this in the same browser
             * @example /api/admin/queues
             */
            url: string;
        };
        QueueStatusDto: {
            active: number;
            completed: number;
            delayed: number;
            failed: number;
            /**
             * Format: date-time
             * @description 最近一次处理该队列任务的时间 · When a job of this queue last ran
             */
            lastProcessedAt: string | null;
            /** @description 处理该任务的进程 · Process that ran it */
            lastProcessedBy: string | null;
            /** @enum {string} */
            queue: "system" | "services" | "kpi" | "imports";
            waiting: number;
        };
        QuoteDto: {
            /** @description 该月的补贴：已用与预约前剩余 · The subsidy of that month: used and left before this booking */
            allowance: components["schemas"]["AllowanceDto"] | null;
            /**
             * @description 时段所在月 · The month of the slot (Shanghai)
             * @example 2026-05
             */
            month: string;
            /** @description 价格（分）· Price, cents */
            priceCents: number;
            /** Format: uuid */
            residentId: string;
            /** @description 自付（分）· Self-pay, cents */
            selfPayCents: number;
            /** Format: uuid */
            slotId: string;
            /** @description 补贴（分）· Subsidy, cents */
            subsidyCents: number;
        };
        RateDto: {
            comment?: string;
            rating: number;
        };
        ReasonDto: {
            /** @description 原因 · Reason */
            reason: string;
        };
        RebuildBedDto: {
            /**
             * @description 改建后投用日期 · Back in service as rebuilt on
             * @example 2025-06-01
             */
            commissionedOn: string;
            /**
             * @description 备注 · Notes
             * @example 适老化改造，更换护理床
             */
            notes?: string;
        };
        ReclassifyBedDto: {
            /** @description 护理型 · Care-type */
            careType?: boolean;
            /** @description 认知障碍照护 · Dementia-care */
            dementiaCare?: boolean;
            /**
             * @description 生效日期；此前各月不变 · Takes effect on this date; earlier months keep their classification
             * @example 2025-06-01
             */
            effectiveFrom: string;
        };
        RecordImportResultDto: {
            /** @description 新增 · Records inserted */
            inserted: number;
            /** @description 文件数据行数 · Data rows in the file */
            rows: number;
        };
        RectifyHazardDto: {
            /**
             * @description 整改完成日期 · Rectified on
             * @example 2025-06-10
             */
            rectifiedOn: string;
        };
        RegionDto: {
            /** @description 12 位统计用区划代码 · 12-digit statistical division code */
            code: string;
            /** @enum {string|null} */
            kind: "street" | "town" | "township" | "village" | "community" | "other" | null;
            kindLabel: components["schemas"]["LabelDto"] | null;
            /** @enum {string} */
            level: "province" | "city" | "county" | "township" | "village";
            levelLabel: components["schemas"]["LabelDto"];
            name: string;
            parentCode: string | null;
        };
        RegionPageDto: {
            items: components["schemas"]["RegionDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        RemoveTerminalDto: {
            /**
             * @description 拆除日期：当日起不再计入 · First day removed
             * @example 2025-07-01
             */
            on: string;
            /** @description 原因 · Reason */
            reason?: string;
        };
        ResidentDto: {
            /** @description 周岁 · Age today */
            age: number;
            /** @description 出生年份（完整出生日期不返回：它与脱敏身份证号合起来即为原号）· Year of birth (the full date is not returned: with the masked number it would give the number back) */
            birthYear: number;
            categories: ("tekun" | "dibao" | "dibao_edge" | "family_planning_special" | "key_entitled" | "special_merit" | "disabled_certified")[];
            categoryLabels: components["schemas"]["LabelDto"][];
            emergencyContacts: components["schemas"]["EmergencyContactViewDto"][];
            /** @description 服务机构 · Facilities serving the person */
            facilityIds: string[];
            hukouRegionCode: string;
            /** Format: uuid */
            id: string;
            /**
             * @description 脱敏身份证号 · Masked ID number
             * @example 110105********002X
             */
            idNumber: string;
            /** @enum {string} */
            livingArrangement: "alone" | "empty_nest" | "left_behind" | "with_family";
            livingArrangementLabel: components["schemas"]["LabelDto"];
            name: string;
            /** @description 脱敏电话 · Masked phone */
            phone: string | null;
            residenceRegionCode: string;
            /** @enum {string} */
            sex: "male" | "female";
            /** @enum {string|null} */
            tekunSupportMode: "centralized" | "dispersed" | null;
            /** @description 高龄（80 岁及以上）· Aged 80 or more */
            veryOld: boolean;
            willingCentralized: boolean | null;
        };
        ResidentPageDto: {
            items: components["schemas"]["ResidentDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        ResidentStatementDto: {
            /** @description 本月适用的补贴 · The subsidy that applies this month */
            allowance: components["schemas"]["AllowanceDto"] | null;
            /** @description 已完成的服务 · Services delivered (completed) */
            lines: components["schemas"]["StatementLineDto"][];
            month: string;
            /** Format: uuid */
            residentId: string;
            residentName: string;
            totals: components["schemas"]["MoneyTotalsDto"];
        };
        RiskEntryDto: {
            /**
             * @description 风险等级 · Level
             * @enum {string}
             */
            level: "none" | "low" | "medium" | "high";
            /** @description 防范措施 · Measures */
            measures?: string;
        };
        RollupDto: {
            countiesDone: number;
            countiesTotal: number;
            /** @description false when the same rollup was already queued or running (this is that run) */
            created?: boolean;
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @example rollup-2026-10-500112 */
            jobId: string;
            /**
             * @description rollup: a month rolled up; correction: the counties marked stale re-rolled with their ancestors (month: the earliest month corrected; counties: county-months)
             * @enum {string}
             */
            kind: "rollup" | "correction";
            month: string;
            /** @description 0–100 */
            progress: number;
            regionCode: string | null;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /**
             * @description lost: its job vanished from Redis (restarted without its data, or removed) before it finished; asking for the month again starts a new run
             * @enum {string}
             */
            status: "queued" | "running" | "complete" | "failed" | "lost";
            /** @description Values stored as a new revision */
            valuesRevised: number | null;
            /** @description Values that came out as before */
            valuesUnchanged: number | null;
        };
        RollupPageDto: {
            items: components["schemas"]["RollupDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        /** @description 导入文件中的一行问题 · A bad row of an imported file */
        RowProblem: {
            /**
             * @description Column
             * @example parent_code
             */
            field: string;
            /**
             * @description Line of the file, from 1 (the header)
             * @example 7
             */
            line: number;
            /** @example no such region */
            message: string;
        };
        RowProblemDto: {
            /** @description 列 · Column */
            field: string;
            /** @description 文件中的行号（表头为 1；0 指整个文件） · Line in the file (header = 1; 0: the file as a whole) */
            line: number;
            message: string;
        };
        SafetyRiskAssessmentDto: {
            /** @description 评估日期 · Assessed on */
            assessedOn: string;
            assessorId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description 入院/变化/常规 · Admission, change, routine
             * @enum {string}
             */
            reason: "admission" | "change" | "routine";
            /** Format: uuid */
            residentId: string;
            /** @description 九防：九项齐全，每项有等级 · The nine risks, all of them, each with a level */
            risks: components["schemas"]["NineRisksDto"];
        };
        SafetyRiskAssessmentInputDto: {
            /** @description 评估日期 · Assessed on */
            assessedOn: string;
            /**
             * @description 入院/变化/常规 · Admission, change, routine
             * @enum {string}
             */
            reason: "admission" | "change" | "routine";
            /** @description 九防：九项齐全，每项有等级 · The nine risks, all of them, each with a level */
            risks: components["schemas"]["NineRisksDto"];
        };
        SavedScenarioEvaluationDto: {
            /** @description How many (region, indicator) pairs changed */
            changedCount: number;
            /** @description The changes evaluated */
            changes: (components["schemas"]["ConvertBedsChangeDto"] | components["schemas"]["OpenFacilityChangeDto"] | components["schemas"]["CloseFacilityChangeDto"] | components["schemas"]["AddCentreChangeDto"] | components["schemas"]["SetPopulationChangeDto"])[];
            /** @description Milliseconds the evaluation took */
            elapsedMs: number;
            month: string;
            regionCode: string;
            /** @description The region first, then each ancestor in the caller’s scope */
            regions: components["schemas"]["ScenarioRegionDto"][];
            /** @description The saved scenario evaluated */
            scenario: components["schemas"]["ScenarioDto"];
            /** @description How many statuses changed */
            statusChangedCount: number;
        };
        SaveScenarioDto: {
            /** @description 变更 · The changes, in order */
            changes: (components["schemas"]["ConvertBedsChangeDto"] | components["schemas"]["OpenFacilityChangeDto"] | components["schemas"]["CloseFacilityChangeDto"] | components["schemas"]["AddCentreChangeDto"] | components["schemas"]["SetPopulationChangeDto"])[];
            /**
             * @description 月份 · Month judged (YYYY-MM, up to the current one)
             * @example 2025-06
             */
            month: string;
            /**
             * @description 名称 · Name
             * @example 双龙湖街道转换 20 张护理型床位
             */
            name: string;
            /**
             * @description 行政区划代码 · Region the scenario is judged for
             * @example 500112000000
             */
            regionCode: string;
        };
        ScenarioDto: {
            /** @description The changes, in order */
            changes: (components["schemas"]["ConvertBedsChangeDto"] | components["schemas"]["OpenFacilityChangeDto"] | components["schemas"]["CloseFacilityChangeDto"] | components["schemas"]["AddCentreChangeDto"] | components["schemas"]["SetPopulationChangeDto"])[];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: uuid */
            id: string;
            /** @example 2025-06 */
            month: string;
            name: string;
            regionCode: string;
            regionName: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ScenarioEvaluationDto: {
            /** @description How many (region, indicator) pairs changed */
            changedCount: number;
            /** @description The changes evaluated */
            changes: (components["schemas"]["ConvertBedsChangeDto"] | components["schemas"]["OpenFacilityChangeDto"] | components["schemas"]["CloseFacilityChangeDto"] | components["schemas"]["AddCentreChangeDto"] | components["schemas"]["SetPopulationChangeDto"])[];
            /** @description Milliseconds the evaluation took */
            elapsedMs: number;
            month: string;
            regionCode: string;
            /** @description The region first, then each ancestor in the caller’s scope */
            regions: components["schemas"]["ScenarioRegionDto"][];
            /** @description How many statuses changed */
            statusChangedCount: number;
        };
        ScenarioItemDto: {
            after: components["schemas"]["ScenarioSideDto"];
            before: components["schemas"]["ScenarioSideDto"];
            /** @description Numerator, denominator or value differ */
            changed: boolean;
            decimals: number;
            indicator: string;
            nameEn: string;
            nameZh: string;
            statusChanged: boolean;
            target: components["schemas"]["ScenarioTargetDto"] | null;
            unitEn: string;
            unitZh: string;
        };
        ScenarioRegionDto: {
            items: components["schemas"]["ScenarioItemDto"][];
            level: string;
            regionCode: string;
            regionName: string;
        };
        ScenarioSideDto: {
            denominator: number | null;
            /** @description What the status judges: the value, or for cumulative indicators the months since their start added up */
            judged: number | null;
            numerator: number | null;
            /** @enum {string} */
            status: "met" | "on_track" | "at_risk" | "off_track" | "no_target" | "no_data";
            /** @example 滞后 */
            statusZh: string;
            /** @description The value shown (per-county indicators above the county: the smallest county) */
            value: number | null;
        };
        ScenarioTargetDto: {
            comparator: Record<string, never>;
            value: number;
            year: number;
        };
        SeriesDto: {
            indicator: string;
            items: components["schemas"]["SeriesItemDto"][];
            regionCode: string;
            regionName: string;
        };
        SeriesItemDto: {
            /** @example 400 */
            denominator: number | null;
            /** @example 2025-06 */
            month: string;
            /** @example 210 */
            numerator: number | null;
            /** @description Snapshot revision (null when computed live) */
            revision: number | null;
            /**
             * @description snapshot: the rollup’s stored value; live: computed now (the current month, or a closed month never rolled up)
             * @enum {string}
             */
            source: "snapshot" | "live";
            /**
             * @description Against the target that applies to the month (no_target when none does), as GET /kpi judges it
             * @enum {string}
             */
            status: "met" | "on_track" | "at_risk" | "off_track" | "no_target" | "no_data";
            /** @example 52.5 */
            value: number | null;
        };
        SeriesResultDto: {
            /** @description 新建时段数 · Slots created */
            created: number;
            firstStartsAt: string | null;
            lastStartsAt: string | null;
            /** Format: uuid */
            seriesId: string;
        };
        ServiceCircleDto: {
            communities: components["schemas"]["CircleCommunityDto"][];
            /** @description 服务圈内老年人 · Older people within a circle */
            coveredOlderPopulation: number;
            /** @description 读取日期 · The day the state is read */
            day: string;
            /** @description 绕行系数 · Detour factor */
            detourFactor: number;
            /** @description 计入的设施 · Facilities drawing a circle (open, of a counting kind, located) in the region or reaching one of its communities */
            facilities: components["schemas"]["CircleFacilityDto"][];
            month: string;
            /** @description 老年人合计 · Older people of the communities on the map */
            olderPopulation: number;
            regionCode: string;
            /** @description 步行速度（米/分钟） · Walking speed, metres a minute */
            walkingMetresPerMinute: number;
        };
        ServiceTypeDto: {
            /** @description 上门服务 · Delivered at home */
            atHome: boolean;
            /** @description 开始前多少分钟内不可取消 · Cancellation cut-off, minutes before the start */
            cancelCutoffMinutes: number;
            code: string;
            label: components["schemas"]["LabelDto"];
            /** @description 国家居家上门服务分类 · National home-visit type 01–06 */
            nationalCode: string;
            /** @description 结束后多少分钟未签到记为未到 · Minutes after the end before a no-show */
            noShowGraceMinutes: number;
        };
        SetPopulationChangeDto: {
            /**
             * @description 60岁以上人口 · People aged 60 or over
             * @example 120000
             */
            age60Plus: number;
            /**
             * @description 生效日期 · Effective from (YYYY-MM-DD)
             * @example 2025-06-01
             */
            from: string;
            /**
             * @description 老年人口 · The region’s 60+ population from the date’s year (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "set_population";
            /**
             * @description 行政区划 · Region
             * @example 500112000000
             */
            regionCode: string;
        };
        SitingCommunityDto: {
            /** @description WGS-84 */
            lat: number;
            /** @description WGS-84 */
            lng: number;
            name: string;
            olderPopulation: number;
            /** @description 服务圈直线半径（米） · Straight-line radius of its circle, metres */
            radiusMetres: number;
            regionCode: string;
        };
        SitingCoverageDto: {
            /** @description 服务圈内老年人 · Older people within a circle of the kind */
            coveredOlderPopulation: number;
            /** @description 覆盖率（%） · Their share of the older people on the map, per cent; null when none */
            share: number | null;
        };
        SitingDto: {
            /** @description 选址后 · After the proposal */
            after: components["schemas"]["SitingCoverageDto"];
            /** @description 选址前 · Before the proposal */
            before: components["schemas"]["SitingCoverageDto"];
            /** @description 转为情景的变更 · The proposal as what-if scenario changes */
            changes: components["schemas"]["SitingScenarioChangeDto"][];
            /** @description 读取日期 · The day the facilities are read */
            day: string;
            /** @description 绕行系数 · Detour factor */
            detourFactor: number;
            /** @description 该类型的现有设施 · Existing facilities of the kind drawing a circle here */
            facilities: components["schemas"]["CircleFacilityDto"][];
            /** @enum {string} */
            facilityKind: "community_station" | "township_centre" | "mutual_aid" | "canteen";
            /** @description 最多选址个数 · Sites asked for at most */
            k: number;
            /** @description 选址后仍不在服务圈内的村/社区，人口多者在前 · Communities still outside every circle afterwards, heaviest first */
            leftOut: components["schemas"]["SitingCommunityDto"][];
            /** @description 本区划的服务圈分钟数 · Minutes of the circle that apply to the region */
            minutes: number;
            month: string;
            /** @description 地图上的老年人合计 · Older people of the communities on the map */
            olderPopulation: number;
            /** @description 服务圈直线半径（米）= 分钟 × 步速 ÷ 绕行系数 · Radius used, metres (a community under a region setting other minutes keeps its own) */
            radiusMetres: number;
            regionCode: string;
            /** @description 建议站点，按选取顺序 · Proposed sites in the order picked (greedy) */
            sites: components["schemas"]["SitingSiteDto"][];
            /** @description 步行速度（米/分钟） · Walking speed, metres a minute */
            walkingMetresPerMinute: number;
        };
        SitingScenarioChangeDto: {
            /** @description 床位（0） · Beds (none) */
            beds?: number;
            /** @description 护理型床位（0） · Care-type beds (none) */
            careBeds?: number;
            /** @enum {string} */
            facilityKind?: "community_station" | "township_centre" | "mutual_aid" | "canteen";
            /**
             * Format: date
             * @description 生效日期：所选月份的下一月首日 · From the first day of the month after `month`
             */
            from: string;
            /**
             * @description add_centre: 新增综合养老服务中心 (township centres); open_facility: 新开设施 (other kinds)
             * @enum {string}
             */
            kind: "add_centre" | "open_facility";
            /** @description 名称 · Name, after the community it stands in */
            name?: string;
            townshipCode: string;
        };
        SitingSiteDto: {
            /** @description 新增覆盖老年人 · Older people this site brings into a circle that the sites before it did not */
            addedOlderPopulation: number;
            /** @description 新覆盖的村/社区 · Communities it brings in */
            brings: string[];
            /** @description 累计新增 · Older people brought in so far, this site included */
            cumulativeOlderPopulation: number;
            /** @description WGS-84 */
            lat: number;
            /** @description WGS-84 */
            lng: number;
            name: string;
            /** @description 顺序 · Order of the pick, from 1 */
            rank: number;
            /** @description 候选点（村/社区）代码 · The community whose point is the site */
            regionCode: string;
            /** @description 此站点后的覆盖率（%） · Coverage after this site, per cent */
            shareAfter: number | null;
            /** @description 所在乡镇（街道） · Township it lies in */
            townshipCode: string;
            townshipName: string;
        };
        SlotBookingDto: {
            /** @description 签到时间 · Checked in at */
            checkedInAt: string | null;
            /** @description 完成时间 · Done at */
            completedAt: string | null;
            /**
             * Format: uuid
             * @description 订单 · Order
             */
            id: string;
            /** @description 记为未到的时间 · Marked a no-show at */
            noShowAt: string | null;
            /** Format: uuid */
            residentId: string;
            /** @description 脱敏姓名 · Masked name */
            residentName: string;
            /** @enum {string} */
            status: "booked" | "checked_in" | "completed" | "cancelled" | "no_show";
            statusLabel: components["schemas"]["LabelDto"];
        };
        SlotDto: {
            area: string[];
            /** @description 上门服务 · Delivered at home */
            atHome: boolean;
            booked: number;
            capacity: number;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** Format: uuid */
            id: string;
            /** @description 分 · Cents */
            priceCents: number;
            remaining: number;
            seriesId: string | null;
            /** @enum {string} */
            serviceType: "meal" | "cleaning" | "bathing" | "walking" | "medical" | "emergency" | "recreation" | "visit";
            serviceTypeLabel: components["schemas"]["LabelDto"];
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "open" | "cancelled";
        };
        SlotPageDto: {
            items: components["schemas"]["SlotDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        SmartTerminalDto: {
            deviceCode: string;
            /** @enum {string} */
            deviceKind: "emergency_call" | "smart_watch" | "sensor" | "tv_box" | "kiosk" | "other";
            deviceKindLabel: components["schemas"]["LabelDto"];
            /** Format: uuid */
            id: string;
            /** Format: date */
            installedOn: string;
            linked: boolean;
            regionCode: string;
            regionName: string;
            /**
             * Format: date
             * @description 拆除日期（当日起不计）· First day removed
             */
            removedOn: string | null;
        };
        SmartTerminalInputDto: {
            /**
             * @description 设备编号（唯一）· Device code, unique
             * @example SOS-500112-0001
             */
            deviceCode: string;
            /**
             * @description 终端类型 · Kind of terminal
             * @enum {string}
             */
            deviceKind: "emergency_call" | "smart_watch" | "sensor" | "tv_box" | "kiosk" | "other";
            /**
             * @description 安装日期 · Installed on
             * @example 2025-03-01
             */
            installedOn: string;
            /** @description 已接入平台 · Linked to the platform */
            linked: boolean;
            /**
             * @description 安装所在村（社区），12 位村级区划 · The village or community (12-digit village-level region)
             * @example 500112002001
             */
            regionCode: string;
        };
        SmartTerminalPageDto: {
            items: components["schemas"]["SmartTerminalDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        StaffInputDto: {
            /** @description 证书 · Certificates */
            certificates?: components["schemas"]["CertificateInputDto"][];
            /** @description 入职日期 · Hired on */
            hiredOn: string;
            /** @description 姓名 · Name */
            name: string;
            /**
             * @description 岗位 · Role
             * @enum {string}
             */
            role: "caregiver" | "social_worker" | "nurse" | "doctor" | "rehab_therapist" | "dietitian" | "manager" | "other";
        };
        StaffLeaveDto: {
            /** @description 离职日期（当日起不在岗）· First day no longer employed */
            on: string;
        };
        StaffPageDto: {
            items: components["schemas"]["StaffViewDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        StaffViewDto: {
            certificates: components["schemas"]["CertificateViewDto"][];
            hiredOn: string;
            /** Format: uuid */
            id: string;
            leftOn: string | null;
            name: string;
            /** @enum {string} */
            role: "caregiver" | "social_worker" | "nurse" | "doctor" | "rehab_therapist" | "dietitian" | "manager" | "other";
            roleLabel: components["schemas"]["LabelDto"];
        };
        StarRatingInputDto: {
            /**
             * @description 评定日期 · Rated on
             * @example 2024-11-20
             */
            ratedOn: string;
            /** @description GB/T 37276-2018 各部分得分 · Section scores */
            scores: components["schemas"]["StarScoresDto"];
        };
        StarRatingViewDto: {
            edition: string;
            environment: number;
            facilities: number;
            operations: number;
            ratedOn: string;
            services: number;
            /** @description 星级 0–5 · Star level earned */
            starLevel: number;
            /** @description 总分 · Total of 1,000 */
            total: number;
        };
        StarScoresDto: {
            /** @description 环境（满分 120）· Environment, max 120 */
            environment: number;
            /** @description 设施设备（满分 130）· Facilities and equipment, max 130 */
            facilities: number;
            /** @description 运营管理（满分 150）· Operations, max 150 */
            operations: number;
            /** @description 服务（满分 600）· Services, max 600 */
            services: number;
        };
        StartCorrectionDto: {
            /**
             * @description 行政区划代码 · Correct the marked counties of this region (default: the caller’s region; every region for administrators)
             * @example 500112000000
             */
            regionCode?: string;
        };
        StartRollupDto: {
            /**
             * @description 月份 · A closed month
             * @example 2026-10
             */
            month: string;
            /**
             * @description 行政区划代码 · Province, city or county to roll up (default: every region)
             * @example 500112000000
             */
            regionCode?: string;
        };
        StatementLineDto: {
            facilityName: string;
            /** Format: uuid */
            orderId: string;
            priceCents: number;
            selfPayCents: number;
            /** @enum {string} */
            serviceType: "meal" | "cleaning" | "bathing" | "walking" | "medical" | "emergency" | "recreation" | "visit";
            /** Format: date-time */
            startsAt: string;
            subsidyCents: number;
        };
        StayDto: {
            admittedOn: string;
            bedCode: string;
            /** Format: uuid */
            bedId: string;
            dischargedOn: string | null;
            dischargeReason: string | null;
            /** Format: uuid */
            facilityId: string;
            /** @enum {string} */
            funding: "self_pay" | "tekun_centralized" | "government_purchased";
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            residentId: string;
            /**
             * @description 脱敏姓名 · Masked name
             * @example 王*国
             */
            residentName: string;
            transferredFromId: string | null;
        };
        StayPageDto: {
            items: components["schemas"]["StayDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        SubsidyRuleDto: {
            conditions: components["schemas"]["EligibilityConditionDto"][];
            /** Format: uuid */
            id: string;
            monthlyCapCents: number | null;
            name: string;
            ordersPerMonth: number | null;
            perOrderCapCents: number | null;
            ratePercent: number;
            regionCode: string;
            serviceTypes: string[];
            validFrom: string;
            validTo: string | null;
        };
        SubsidyRuleInputDto: {
            /** @description 满足任一即可 · Eligible when any holds */
            conditions: components["schemas"]["EligibilityConditionDto"][];
            /**
             * @description 每月额度（分）· Monthly allowance, cents
             * @example 60000
             */
            monthlyCapCents?: number | null;
            /** @example 海城市居家养老服务补贴 */
            name: string;
            /** @description 每月可补贴单数（服务券张数）· Subsidised orders a month (vouchers) */
            ordersPerMonth?: number | null;
            /** @description 每单上限（服务券面额，分）· Per order (voucher face value), cents */
            perOrderCapCents?: number | null;
            /**
             * @description 补贴比例（%）· Share of the price
             * @default 100
             */
            ratePercent: number;
            /** @description 适用区划（户籍在其下）· Region: people whose 户籍 lies in its subtree */
            regionCode: string;
            /** @description 适用服务（空：全部）· Service types covered; empty: all */
            serviceTypes?: ("meal" | "cleaning" | "bathing" | "walking" | "medical" | "emergency" | "recreation" | "visit")[];
            /** @example 2025-01-01 */
            validFrom: string;
            /**
             * Format: date
             * @description 止（不含）· Until, exclusive
             */
            validTo?: string | null;
        };
        SuspendedEntryDto: {
            /** Format: uuid */
            entryId: string;
            /** Format: uuid */
            residentId: string;
            residentName: string;
            /** @description 暂停至（当日起恢复轮候）· Back in the queue on */
            suspendedUntil: string;
        };
        TargetDto: {
            /** @enum {string} */
            binding: "binding" | "expected" | "not_stated";
            /** @example 约束性 */
            bindingZh: string;
            /** @enum {string} */
            comparator: ">=" | "<=" | "=" | ">" | "<";
            indicator: string;
            note: string | null;
            regionCode: string;
            /** Format: date-time */
            setAt: string;
            sourceFile: string | null;
            sourceQuote: string | null;
            value: number;
            year: number;
        };
        TargetSourceDto: {
            /**
             * @description 规划文件 · Plan document (file name or title)
             * @example 002_16b7f2ef274e45db.txt
             */
            file?: string;
            /**
             * @description 规划原文 · The plan sentence, verbatim
             * @example 养老机构护理型床位占比不低于60%
             */
            quote: string;
        };
        TrainingDto: {
            /** @enum {string} */
            courseType: "caregiver" | "manager" | "family_caregiver";
            courseTypeLabel: components["schemas"]["LabelDto"];
            /** Format: date-time */
            createdAt: string;
            free: boolean;
            hours: number;
            /** Format: uuid */
            id: string;
            /**
             * @description 脱敏身份证号 · Masked ID number
             * @example 500112********002X
             */
            idNumber: string;
            provider: string | null;
            regionCode: string;
            regionName: string;
            /** Format: uuid */
            staffId: string | null;
            trainedOn: string;
            traineeName: string;
        };
        TrainingInputDto: {
            /**
             * @description 培训类别：养老护理员 / 养老机构管理人员 / 家庭照护者 · Course type
             * @enum {string}
             */
            courseType: "caregiver" | "manager" | "family_caregiver";
            /**
             * @description 是否免费（默认是）· Free of charge (default yes)
             * @default true
             */
            free: boolean;
            /**
             * @description 学时（>0）· Hours (more than 0)
             * @example 8
             */
            hours: number;
            /** @description 学员身份证号（加密保存，返回脱敏）· Trainee's ID number (encrypted, returned masked) */
            idNumber: string;
            /** @description 培训机构 · Provider */
            provider?: string;
            /**
             * @description 培训计入的乡镇（街道）或村（社区）· Township or village the training counts in
             * @example 500112002000
             */
            regionCode: string;
            /**
             * Format: uuid
             * @description 学员为机构工作人员时 · The staff member, when the trainee is one
             */
            staffId?: string;
            /**
             * @description 培训日期 · Trained on
             * @example 2025-06-12
             */
            trainedOn: string;
            /**
             * @description 学员姓名 · Trainee's name
             * @example 李秀兰
             */
            traineeName: string;
        };
        TrainingPageDto: {
            items: components["schemas"]["TrainingDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        TransferDto: {
            /**
             * Format: uuid
             * @description 新床位 · New bed
             */
            bedId: string;
            /** @description 转床日期（不晚于今天）· Moves on, not in the future */
            on: string;
            /** @description 转入其他机构时的安全风险评估（九项齐全且各有等级；近 30 天内已有记录时可省略）· Safety risks, all nine with a level, when moving to another facility and none were assessed in the 30 days before */
            safetyRisks?: components["schemas"]["NineRisksDto"];
        };
        UpdateConsortiumDto: {
            /** @description 成员养老服务设施 · Member care facilities */
            facilityIds?: string[];
            /** @description 成员医疗（康复）机构 · Member medical institutions */
            medicalInstitutionIds?: string[];
            /** @description 达到“五有”标准 · Meets the “five haves” standard */
            meetsFiveStandards?: boolean;
            /**
             * @description 名称 · Name
             * @example 定海区康养联合体
             */
            name?: string;
        };
        UpdateFacilityDto: {
            /** @description 地址 · Address */
            address?: string | null;
            /** @description 居家养老服务中心 A 级（5 = 5A）· A grade */
            aGrade?: number | null;
            /** @description 康复辅具消杀（消洗）场所 · Assistive-device disinfection site */
            assistiveDeviceSite?: boolean;
            /** @description 认知症照护专区 · Dementia-care zone */
            dementiaZone?: boolean;
            /** @description 示范中心 · Demonstration centre */
            demoCentre?: boolean;
            /**
             * @description 档案变更生效日期（默认今天）· Date the profile changes take effect (default today)
             * @example 2025-06-01
             */
            effectiveFrom?: string;
            /** @description 国际交流平台 · International exchange platform */
            exchangePlatform?: boolean;
            /**
             * @description 食品安全等级 · Food-safety grade
             * @enum {string|null}
             */
            foodSafetyGrade?: "A" | "B" | "C" | null;
            /** @description 服务功能 · Functions offered */
            functions?: ("full_time_care" | "day_care" | "home_outreach" | "meals" | "rehab" | "recreation" | "medical_care" | "spiritual_comfort")[];
            /**
             * @description 类型 · Kind
             * @enum {string}
             */
            kind?: "institution" | "tekun_home" | "township_centre" | "community_station" | "mutual_aid" | "canteen";
            /**
             * @description 纬度 · Latitude (WGS-84)
             * @example 29.7206
             */
            latitude?: number | null;
            /**
             * @description 经度 · Longitude (WGS-84)
             * @example 106.6305
             */
            longitude?: number | null;
            /**
             * Format: uuid
             * @description 运营本站的乡镇中心（中心带站）· Township centre running this station
             */
            managedByFacilityId?: string | null;
            /** @description 医养结合 · Medical and care integrated */
            medicalIntegrated?: boolean;
            /**
             * @description 名称 · Name
             * @example 渝北区社会福利院
             */
            name?: string;
            /**
             * @description 运营：government 公办公营 / social 社会运营（公办+社会运营 = 公建民营）· Operation
             * @enum {string}
             */
            operation?: "government" | "social";
            /**
             * @description 产权：public 公办 / private 民办 · Ownership
             * @enum {string}
             */
            ownership?: "public" | "private";
            /** @description 机构电话 · Facility phone */
            phone?: string | null;
            /** @description 老年用品展示平台 · Elderly-products display platform */
            productsDisplayPlatform?: boolean;
            /** @description 康复室 · Rehabilitation room */
            rehabRoom?: boolean;
            /** @description 智慧养老机构 · Smart elderly-care facility */
            smart?: boolean;
            /** @description 标准化老年食堂 · Standardised canteen */
            standardizedCanteen?: boolean;
            /** @description 阳光厨房 · Sunshine kitchen */
            sunshineKitchen?: boolean;
            /** @description 视频联网 · Video-connected */
            videoConnected?: boolean;
        };
        UpdateMedicalInstitutionDto: {
            /**
             * @description 类别 · Kind
             * @enum {string}
             */
            kind?: "general_hospital" | "tcm_hospital" | "township_health_centre" | "community_health_centre" | "clinic" | "rehabilitation" | "other";
            /**
             * @description 等级（默认未定级）· Level (default unrated)
             * @enum {string}
             */
            level?: "tertiary" | "secondary" | "primary" | "unrated";
            /**
             * @description 机构名称 · Name
             * @example 渝北区人民医院
             */
            name?: string;
            /** @description 开业日期 · Opened on */
            openedOn?: string | null;
            /**
             * @description 所在乡镇（街道）或村（社区）· Township or village it stands in
             * @example 500112002000
             */
            regionCode?: string;
        };
        UpdateResidentDto: {
            /** @description 人员类别 · Categories (特困, 低保 …) */
            categories?: ("tekun" | "dibao" | "dibao_edge" | "family_planning_special" | "key_entitled" | "special_merit" | "disabled_certified")[];
            /** @description 紧急联系人 · Emergency contacts */
            emergencyContacts?: components["schemas"]["EmergencyContactDto"][] | null;
            /**
             * @description 户籍地区划代码 · Region of household registration (户籍)
             * @example 500112002000
             */
            hukouRegionCode?: string;
            /**
             * @description 居住状况：独居/空巢/留守/与家人同住 · Living arrangement
             * @enum {string}
             */
            livingArrangement?: "alone" | "empty_nest" | "left_behind" | "with_family";
            /**
             * @description 姓名 · Name
             * @example 张桂英
             */
            name?: string;
            /** @description 联系电话（加密保存，返回脱敏）· Phone (encrypted, returned masked) */
            phone?: string | null;
            /**
             * @description 居住地区划代码 · Region where the person lives
             * @example 500112002001
             */
            residenceRegionCode?: string;
            /**
             * @description 特困供养方式：集中/分散 · Support mode of a tekun person
             * @enum {string|null}
             */
            tekunSupportMode?: "centralized" | "dispersed" | null;
            /** @description 有集中供养意愿 · Willing to live in a facility (tekun) */
            willingCentralized?: boolean | null;
        };
        UpdateScenarioDto: {
            /** @description 变更 · The changes, in order */
            changes: (components["schemas"]["ConvertBedsChangeDto"] | components["schemas"]["OpenFacilityChangeDto"] | components["schemas"]["CloseFacilityChangeDto"] | components["schemas"]["AddCentreChangeDto"] | components["schemas"]["SetPopulationChangeDto"])[];
            /** @description 月份 · Month judged (YYYY-MM) */
            month?: string;
            /** @description 名称 · Name */
            name?: string;
        };
        UpdateUserDto: {
            /** @description 是否启用；停用后立即无法访问 · Whether the account may log in; takes effect at once */
            active?: boolean;
            /**
             * @description 姓名或显示名 · Display name (defaults to the username)
             * @example 王丽
             */
            displayName?: string;
            /** @description 可见机构 · Facilities the user may see */
            facilityIds?: string[];
            /**
             * Format: password
             * @description 密码，至少 12 位 · Password, at least 12 characters
             */
            password?: string;
            /**
             * @description 可见区域的 12 位统计用区划代码，含全部下级；null 清除 · 12-digit region code whose subtree the user sees; null clears it
             * @example 500112000000
             */
            regionCode?: string | null;
            /** @description 关联老年人 · Older people a family member is linked to */
            residentIds?: string[];
            /**
             * @description 角色 · Role
             * @enum {string}
             */
            role?: "admin" | "civil_affairs" | "operator" | "assessor" | "family";
        };
        UserDto: {
            /** @description 是否启用 · Whether the account may log in */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description 姓名或显示名 · Display name
             * @example 王丽
             */
            displayName: string;
            /** @description 可见机构 · Facilities the user may see */
            facilityIds: string[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            /**
             * @description 可见区域（含下级）· Region whose subtree the user sees
             * @example 500112000000
             */
            regionCode: string | null;
            /** @description 关联老年人 · Older people linked to the user */
            residentIds: string[];
            /**
             * @description 角色 · Role
             * @enum {string}
             */
            role: "admin" | "civil_affairs" | "operator" | "assessor" | "family";
            /** @description 角色名称 · Role label */
            roleLabel: components["schemas"]["LabelDto"];
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description 用户名（小写） · Username, lower-case
             * @example wang.li
             */
            username: string;
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            limit: number;
            page: number;
            /** @description 总数 · Matching items in all pages */
            total: number;
        };
        VacantBedDto: {
            bedCode: string;
            /** Format: uuid */
            bedId: string;
            /** @description 护理型床位 · Care-type bed */
            careType: boolean;
        };
        VisitDto: {
            facilityId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            mode: "in_person" | "phone" | "video" | "monitoring";
            notes: string | null;
            orderId: string | null;
            /** @enum {string} */
            outcome: "well" | "needs_help" | "referred" | "not_home" | "hospitalized" | "deceased";
            /** Format: uuid */
            residentId: string;
            /** Format: date-time */
            visitedAt: string;
        };
        VisitInputDto: {
            /** Format: uuid */
            facilityId?: string;
            /** @enum {string} */
            mode: "in_person" | "phone" | "video" | "monitoring";
            notes?: string;
            /** @enum {string} */
            outcome: "well" | "needs_help" | "referred" | "not_home" | "hospitalized" | "deceased";
            /**
             * @description 探访时间 · When
             * @example 2025-06-03T10:00:00+08:00
             */
            visitedAt: string;
        };
        VisitPlanInputDto: {
            /**
             * Format: uuid
             * @description 负责探访的机构 · Facility whose staff visit
             */
            facilityId?: string | null;
            /** @enum {string} */
            frequency: "weekly" | "monthly";
        };
        VisitRateDto: {
            from: string;
            period: string;
            rate: number | null;
            regionCode: string;
            regionName: string | null;
            /** @description 名册人数（独居、空巢、留守）· On the roster */
            roster: number;
            /** @description 止（不含）· Until, exclusive */
            to: string;
            /** @description 按乡镇（街道）· By township */
            townships: components["schemas"]["VisitRateRowDto"][];
            /** @description 已探访 · Visited */
            visited: number;
        };
        VisitRateRowDto: {
            rate: number | null;
            regionCode: string;
            regionName: string | null;
            /** @description 名册人数（独居、空巢、留守）· On the roster */
            roster: number;
            /** @description 已探访 · Visited */
            visited: number;
        };
        VoidAdmissionDto: {
            /**
             * @description 作废原因（记入审计）· Why the admission was a mistake (audited)
             * @example 选错了老人 wrong person chosen
             */
            reason: string;
        };
        VoidedStayDto: {
            admittedOn: string;
            bedCode: string;
            /** Format: uuid */
            bedId: string;
            dischargedOn: string | null;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            id: string;
            /** @description 原因 · Reason */
            reason: string;
            /** Format: uuid */
            residentId: string;
            /**
             * @description 脱敏姓名 · Masked name
             * @example 王*国
             */
            residentName: string;
            /** Format: date-time */
            voidedAt: string;
            /**
             * Format: uuid
             * @description 作废人 · Voided by (user id)
             */
            voidedBy: string | null;
        };
        WaitlistDto: {
            /** @description 轮候顺序；只能看到亲属的人只看到亲属 · The queue; a family member sees only their relative */
            entries: components["schemas"]["WaitlistEntryDto"][];
            /** Format: uuid */
            facilityId: string;
            /** @description 下一位（尚无待确认床位者；家属不可见）· Next to offer a bed to (not shown to families) */
            nextUp: components["schemas"]["WaitlistEntryDto"] | null;
            /** @description 轮候规则版本 · Policy version */
            policyVersion: string;
            /** @description 暂停轮候（拒绝或逾期未确认后）· Suspended after declining or letting an offer lapse */
            suspended: components["schemas"]["SuspendedEntryDto"][];
            /** @description 今日可提供的空床（家属不可见）· Beds vacant today and not on offer (not shown to families) */
            vacantBeds: components["schemas"]["VacantBedDto"][] | null;
        };
        WaitlistEntryDto: {
            appliedAt: string;
            /** Format: uuid */
            entryId: string;
            /** @description 优先组代码 · Priority group */
            group: string;
            groupLabel: components["schemas"]["LabelDto"];
            /** @description 评估等级 · Standing assessed level */
            level: number | null;
            /** @description 随报随入（失能特困）· Admitted on request, ahead of every queue */
            noQueue: boolean;
            /** @description 待确认的床位 · Pending offer */
            offer: components["schemas"]["PendingOfferDto"] | null;
            /** @description 排位（1 起）· Position, from 1 */
            position: number;
            /** Format: uuid */
            residentId: string;
            /** @description 脱敏姓名 · Masked name */
            residentName: string;
            /** @enum {string} */
            status: "waiting" | "offered";
            /** @description 排位依据 · Why this place */
            why: components["schemas"]["LabelDto"];
        };
        WaitlistHomeDto: {
            /** @description 该老人在此的申请 · The person's open application here */
            application: components["schemas"]["HomeApplicationDto"] | null;
            /** @description 拒绝床位后暂停轮候月数（0 不暂停）· Months an application is suspended after declining an offer */
            declinePenaltyMonths: number;
            /** Format: uuid */
            facilityId: string;
            name: string;
            /** @description 床位保留天数 · Days an offer stays open */
            offerValidDays: number;
            /** @description 轮候规则版本 · Policy version */
            policyVersion: string;
            /** @description 所在乡镇（街道）· Township or district of the home */
            regionName: string;
        };
        WaitlistOfferDto: {
            bedCode: string;
            /** Format: uuid */
            bedId: string;
            /** @description 同一床位上其他待确认的提供 · Other pending offers of the same bed (first to accept gets it) */
            competingOffers: number;
            /** Format: uuid */
            entryId: string;
            /** Format: date-time */
            expiresAt: string;
            /** @enum {string} */
            funding: "self_pay" | "tekun_centralized" | "government_purchased";
            /** Format: date-time */
            offeredAt: string;
            /** Format: uuid */
            offerId: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "expired" | "lapsed";
        };
        WaitlistPolicyDto: {
            /** @description 拒绝所提供床位后暂停轮候月数 · Months an application is suspended after declining */
            declinePenaltyMonths: number;
            /** @description 优先组，按先后排列 · Priority groups, first first */
            groups: components["schemas"]["PriorityGroupDto"][];
            /** @description 床位保留天数 · Days an offer stays open */
            offerValidDays: number;
            /** @description 提供床位前须有有效的能力评估 · No offer without a current capability assessment */
            requireAssessment: boolean;
            /**
             * @description 政策版本（记入每条排位依据）· Version, quoted in every position's reason
             * @example chengdu-2024
             */
            version: string;
        };
        WithdrawDto: {
            /** @description 撤回原因 · Why */
            reason?: string;
            /**
             * @description 免于处罚（仅机构方，须说明原因，如申请人去世、重复申请）· Without the decline penalty: the facility's side only, with a reason (death, a duplicate application)
             * @default false
             */
            withoutPenalty: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AdmissionsController_list: {
        parameters: {
            query?: {
                /** @description 仅在住（于 date）· Only stays running on `date` */
                active?: boolean;
                /** @description 床位（该床位的全部入住记录）· One bed's stays */
                bedId?: string;
                /** @description 日期（默认今天）· Date for `active` */
                date?: string;
                facilityId?: string;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                residentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StayPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AdmissionsController_admit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StayDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AdmissionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StayDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AdmissionsController_discharge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DischargeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StayDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AdmissionsController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StayDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AdmissionsController_voidAdmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidAdmissionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoidedStayDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AdmissionsController_careMismatch: {
        parameters: {
            query?: {
                /** @description 日期（默认今天）· Date */
                date?: string;
                facilityId?: string;
                /** @description 区划及下级 · Region subtree */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MismatchDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AdmissionsController_occupancy: {
        parameters: {
            query: {
                facilityId?: string;
                /** @description 月份 · Month */
                month: string;
                /** @description 区划及下级 · Region subtree */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupancyDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AssessmentsController_instruments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentDto"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AssessmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssessmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AssessmentsController_due: {
        parameters: {
            query?: {
                /** @description 截止日期（默认今天）：此前到期者列出 · Due on or before (default today) */
                before?: string;
                /** @description 服务机构 · Facility */
                facilityId?: string;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 居住区划及下级 · Region subtree */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuePageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AuditLogController_list: {
        parameters: {
            query?: {
                /** @description 动作 · Action: read, create, update, delete, login… */
                action?: string;
                /** @description 操作人：用户编号或用户名 · Who acted: account id or username */
                actor?: string;
                /** @description 操作人角色 · Role of who acted */
                actorRole?: "admin" | "civil_affairs" | "operator" | "assessor" | "family";
                /** @description 对象类型 · Kind of record: resident, user, bed, audit_log… */
                entity?: string;
                /** @description 对象编号 · Id of the record */
                entityId?: string;
                /** @description 起始日期（含，北京时间）· First day, inclusive, China time */
                from?: string;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 截止日期（含，北京时间）· Last day, inclusive, China time */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AuditLogController_exportCsv: {
        parameters: {
            query?: {
                /** @description 动作 · Action: read, create, update, delete, login… */
                action?: string;
                /** @description 操作人：用户编号或用户名 · Who acted: account id or username */
                actor?: string;
                /** @description 操作人角色 · Role of who acted */
                actorRole?: "admin" | "civil_affairs" | "operator" | "assessor" | "family";
                /** @description 对象类型 · Kind of record: resident, user, bed, audit_log… */
                entity?: string;
                /** @description 对象编号 · Id of the record */
                entityId?: string;
                /** @description 起始日期（含，北京时间）· First day, inclusive, China time */
                from?: string;
                /** @description 截止日期（含，北京时间）· Last day, inclusive, China time */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many failed logins; Retry-After says for how many seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    BedsController_get: {
        parameters: {
            query?: {
                /** @description 日期（默认今天）· Date of the snapshot, default today */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    BedsController_reclassify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReclassifyBedDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    BedsController_backInService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackInServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    BedsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseBedDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    BedsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedClassificationDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    BedsController_outOfService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutOfServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    BedsController_qr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SVG image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    BedsController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RebuildBedDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    BedsController_summary: {
        parameters: {
            query?: {
                /** @description 日期（默认今天）· Date, default today */
                date?: string;
                /** @description 区划及下级（默认调用者的全部范围）· Region subtree */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedSummaryDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunitySocialWorkersController_list: {
        parameters: {
            query?: {
                /** @description 在岗日期：只列当日在岗者 · Only those serving on this date */
                activeOn?: string;
                /** @description 包括已结束服务者（默认否）· Include those who have ended (default no) */
                includeEnded?: boolean;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 区划及下级 · In this region's subtree */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunitySocialWorkerPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunitySocialWorkersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunitySocialWorkerInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunitySocialWorkerDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunitySocialWorkersController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunitySocialWorkerDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_list: {
        parameters: {
            query?: {
                /** @description 日期（默认今天）· Date of the snapshot */
                date?: string;
                /** @description 类型 · Kind */
                kind?: "institution" | "tekun_home" | "township_centre" | "community_station" | "mutual_aid" | "canteen";
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 名称包含 · Part of the name */
                q?: string;
                /** @description 区划及下级 · In this region's subtree */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFacilityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_get: {
        parameters: {
            query?: {
                /** @description 日期（默认今天）· Date of the snapshot, default today */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No such facility in the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFacilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    WaitlistController_policy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionPolicyDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    WaitlistController_setPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmissionPolicyInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionPolicyDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    WaitlistController_clearPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionPolicyDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityBedsController_board: {
        parameters: {
            query?: {
                /** @description 日期（默认今天）· Date of the snapshot, default today */
                date?: string;
            };
            header?: {
                /** @description 上次收到的 ETag · The ETag of the board last received */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description 床位一览的版本 · Version of this board */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedBoardDto"];
                };
            };
            /** @description 未变化 · The board is as the ETag named: no body */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No such facility in the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityBedsController_list: {
        parameters: {
            query?: {
                /** @description 护理型（true）或普通型（false）· Care-type (true) or general (false) on the date */
                careType?: boolean;
                /** @description 日期（默认今天，北京时间）· Date, default today in China */
                date?: string;
                /** @description 楼层 · Floor */
                floor?: number;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 该日状态 · Status on the date */
                status?: "vacant" | "occupied" | "reserved" | "out_of_service" | "closed" | "not_yet_open";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityBedsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BedInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityBedsController_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkBedsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkBedsResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityBedsController_importBeds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8 or GBK) or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedImportResultDto"];
                };
            };
            /** @description A long file: imported by a job; poll GET /api/v1/imports/:id */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Past the upload, row or XLSX limits */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityBedsController_importTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseFacilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityWorksController_listHazards: {
        parameters: {
            query?: {
                /** @description 未整改 open / 已整改 rectified（默认全部）· Open or rectified (default both) */
                status?: "open" | "rectified";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardViewDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityWorksController_recordHazard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HazardInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardViewDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityWorksController_rectifyHazard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hazardId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RectifyHazardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardViewDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityProfileDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_inspections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionViewDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_addInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InspectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionViewDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityLocationController_location: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityLocationDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityLocationController_putLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FacilityLocationInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityLocationDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MedicalAgreementsController_list: {
        parameters: {
            query?: {
                /** @description 日期（默认今天）· Date of the snapshot, default today */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalAgreementDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MedicalAgreementsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMedicalAgreementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalAgreementDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityWorksController_listProjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectViewDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityWorksController_createProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectViewDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilityWorksController_completeProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectViewDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceSlotsController_schedule: {
        parameters: {
            query?: {
                /** @description 自（含，北京时间；缺省为今天）· From this date (Shanghai), inclusive; default today */
                from?: string;
                /** @description 至（含，至多 42 天；缺省为自起 14 天）· To this date, inclusive; at most 42 days after from; default the 14 days from `from` */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilitySlotsDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceSlotsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSlotDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceSlotsController_series: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSeriesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_providerStatement: {
        parameters: {
            query: {
                month: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderStatementDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_listStaff: {
        parameters: {
            query?: {
                /** @description 在岗日期（默认今天）· Employed on this date (default today) */
                date?: string;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 岗位 · Role */
                role?: "caregiver" | "social_worker" | "nurse" | "doctor" | "rehab_therapist" | "dietitian" | "manager" | "other";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_addStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_starRatings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StarRatingViewDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FacilitiesController_addStarRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StarRatingInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StarRatingViewDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    WaitlistController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    WaitlistController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityRecordsController_modificationList: {
        parameters: {
            query?: {
                /** @description 申请日期自（含）· Applied on or after */
                appliedFrom?: string;
                /** @description 申请日期至（含）· Applied on or before */
                appliedTo?: string;
                /** @description 已完工 · Completed (true) or still open (false) */
                completed?: boolean;
                /** @description 困难老年人家庭 · Hardship households only (true) or the others (false) */
                hardship?: boolean;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 申请人姓名包含 · Applicant's name contains */
                q?: string;
                /** @description 区划（含下级）· Region and below */
                regionCode?: string;
                /** @description 老年人 · The older person */
                residentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeModificationPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityRecordsController_createModification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HomeModificationInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeModificationDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityRecordsController_completeModification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteModificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeModificationDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityRecordsController_importModifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8) or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordImportResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Past the upload or row limits (UPLOAD_MAX_BYTES, IMPORT_MAX_ROWS) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ImportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No such import, or another user's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ConsortiaController_list: {
        parameters: {
            query?: {
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 区域（含下级）· Region and everything below it */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ConsortiaController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConsortiumDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ConsortiaController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ConsortiaController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConsortiumDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ConsortiaController_dissolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DissolveConsortiumDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiController_overview: {
        parameters: {
            query: {
                /** @description 月份 · Month (YYYY-MM); the current month is computed live, closed months come from snapshots */
                month: string;
                /** @description 行政区划代码 · Region code (12 digits) */
                regionCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiOverviewDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiController_breakdown: {
        parameters: {
            query: {
                /** @description 月份 · Month (YYYY-MM); the current month is computed live, closed months come from snapshots */
                month: string;
                /** @description 行政区划代码 · Region code (12 digits) */
                regionCode: string;
            };
            header?: never;
            path: {
                indicator: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakdownDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiController_forecast: {
        parameters: {
            query: {
                /** @description 历史截止月份 · The last month of history (YYYY-MM); by default the last closed month */
                month?: string;
                /** @description 行政区划代码 · Region code (12 digits) */
                regionCode: string;
            };
            header?: never;
            path: {
                indicator: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForecastDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiScenariosController_inverse: {
        parameters: {
            query: {
                /** @description 月份 · Month (YYYY-MM) */
                month: string;
                /** @description 行政区划代码 · Region code */
                regionCode: string;
            };
            header?: never;
            path: {
                indicator: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InverseDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiController_matrix: {
        parameters: {
            query: {
                /** @description 起始月份 · First month */
                from: string;
                /** @description 行政区划代码 · Region code */
                regionCode: string;
                /** @description 截止月份 · Last month (at most the current one) */
                to: string;
            };
            header?: never;
            path: {
                indicator: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiMatrixDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiController_indicatorSeries: {
        parameters: {
            query: {
                /** @description 起始月份 · First month */
                from: string;
                /** @description 行政区划代码 · Region code */
                regionCode: string;
                /** @description 截止月份 · Last month (at most the current one) */
                to: string;
            };
            header?: never;
            path: {
                indicator: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiController_indicators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorDto"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiController_report: {
        parameters: {
            query: {
                /** @description 月份 · Month (YYYY-MM); the current month is computed live, closed months come from snapshots */
                month: string;
                /** @description 行政区划代码 · Region code (12 digits) */
                regionCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiScenariosController_list: {
        parameters: {
            query?: {
                /** @description 行政区划代码 · Only scenarios of this region and below */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiScenariosController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveScenarioDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiScenariosController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiScenariosController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiScenariosController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScenarioDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiScenariosController_evaluateSaved: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedScenarioEvaluationDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiScenariosController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateScenarioDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioEvaluationDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiController_allSeries: {
        parameters: {
            query: {
                /** @description 起始月份 · First month */
                from: string;
                /** @description 行政区划代码 · Region code */
                regionCode: string;
                /** @description 截止月份 · Last month (at most the current one) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiSeriesSetDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceCircleController_serviceCircle: {
        parameters: {
            query: {
                /** @description 月份 · Month (YYYY-MM): facilities open on its last day (today for the month in progress) */
                month: string;
                /** @description 行政区划代码 · Region code (12 digits) */
                regionCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceCircleDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    SitingController_propose: {
        parameters: {
            query: {
                /** @description 新设施类型（计入服务圈的类型） · Kind of the new facilities: one the service circle counts; the existing ones of this kind draw the circles already there */
                facilityKind: "community_station" | "township_centre" | "mutual_aid" | "canteen";
                /** @description 最多选址个数 · Sites to propose at most (1–20) */
                k: number;
                /** @description 月份 · Month (YYYY-MM): the facilities open on its last day (today for the month in progress) */
                month: string;
                /** @description 乡镇（街道）或县（区）代码 · Code of a township or a county (12 digits) */
                regionCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SitingDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiController_targets: {
        parameters: {
            query?: {
                /** @description 行政区划代码 · Only this region’s targets */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    KpiController_putTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutTargetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MedicalAgreementsController_changeTerm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementTermDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalAgreementDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MedicalInstitutionsController_list: {
        parameters: {
            query?: {
                /** @description 类别 · Kind */
                kind?: "general_hospital" | "tcm_hospital" | "township_health_centre" | "community_health_centre" | "clinic" | "rehabilitation" | "other";
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 名称包含 · Name contains */
                q?: string;
                /** @description 区域（含下级）· Region and everything below it */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalInstitutionPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MedicalInstitutionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMedicalInstitutionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalInstitutionDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MedicalInstitutionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalInstitutionDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MedicalInstitutionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMedicalInstitutionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalInstitutionDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MedicalInstitutionsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseMedicalInstitutionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalInstitutionDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MedicalInstitutionsController_importList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8) or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordImportResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Past the upload or row limits (UPLOAD_MAX_BYTES, IMPORT_MAX_ROWS) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RegionsController_list: {
        parameters: {
            query?: {
                /** @description 层级 · Level */
                level?: "province" | "city" | "county" | "township" | "village";
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 直接下级：上级代码 · Children of this region. 12 位统计用区划代码 · 12-digit statistical division code */
                parentCode?: string;
                /** @description 名称包含 · Part of the name */
                q?: string;
                /** @description 该区划及其全部下级 · This region and its whole subtree. 12 位统计用区划代码 · 12-digit statistical division code */
                within?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RegionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RegionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 12 位统计用区划代码 · 12-digit statistical division code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    WaitlistController_setRegionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 12 位统计用区划代码 · 12-digit statistical division code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmissionPolicyInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionPolicyDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityPlacesController_putPlace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 12 位统计用区划代码 · 12-digit statistical division code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityPlaceInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityPlaceDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityPlacesController_communityPlaces: {
        parameters: {
            query?: {
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
            };
            header?: never;
            path: {
                /** @description 12 位统计用区划代码 · 12-digit statistical division code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityPlacePageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RegionsController_population: {
        parameters: {
            query?: {
                /** @description 口径 · Basis */
                basis?: "registered" | "resident";
            };
            header?: never;
            path: {
                /** @description 12 位统计用区划代码 · 12-digit statistical division code */
                code: string;
                /** @description 年份 · Year */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RegionsController_putPopulation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 12 位统计用区划代码 · 12-digit statistical division code */
                code: string;
                /** @description 年份 · Year */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutPopulationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityPlacesController_circleMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 12 位统计用区划代码 · 12-digit statistical division code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CircleMinutesDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityPlacesController_putCircleMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 12 位统计用区划代码 · 12-digit statistical division code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CircleMinutesInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CircleMinutesDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RegionsController_importRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8) or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description A long file: imported by a job; poll GET /api/v1/imports/:id */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Past the upload, row or XLSX limits */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityPlacesController_importPlaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8) or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordImportResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Past the upload or row limits (UPLOAD_MAX_BYTES, IMPORT_MAX_ROWS) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RegionsController_importPopulation: {
        parameters: {
            query?: {
                /** @description 口径（文件无 basis 列时）· Basis, when the file has no basis column */
                basis?: "registered" | "resident";
                /** @description 年份（文件无 year 列时）· Year, when the file has no year column */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8) or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description A long file: imported by a job; poll GET /api/v1/imports/:id */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Past the upload, row or XLSX limits */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ReportingController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedThroughDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ReportingController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosedThroughDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedThroughDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ResidentsController_list: {
        parameters: {
            query?: {
                /** @description 人员类别 · Category */
                category?: "tekun" | "dibao" | "dibao_edge" | "family_planning_special" | "key_entitled" | "special_merit" | "disabled_certified";
                /** @description 服务机构 · Served by this facility */
                facilityId?: string;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 姓名包含，或完整身份证号 · Part of the name, or a whole ID number */
                q?: string;
                /** @description 居住地在该区划及下级 · Living in this region's subtree */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ResidentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResidentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ResidentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No such person in the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ResidentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResidentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AssessmentsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CareAgreementsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareAgreementDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CareAgreementsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CareAgreementInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareAgreementDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CareAgreementsController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndCareAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareAgreementDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AssessmentsController_incidents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AssessmentsController_addIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AssessmentsController_safetyRisks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyRiskAssessmentDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AssessmentsController_addSafetyRisks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SafetyRiskAssessmentInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyRiskAssessmentDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_residentStatement: {
        parameters: {
            query: {
                month: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentStatementDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    VisitsController_setPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitPlanInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPlanInputDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /**
             * @description The plan is held by another facility
             *
             *     The caller's role may not do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    VisitsController_list: {
        parameters: {
            query?: {
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    VisitsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    WaitlistController_homes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistHomeDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ResidentsController_link: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkResidentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No registered person with that ID number and name */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many link attempts from this account; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RollupsController_list: {
        parameters: {
            query?: {
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 月份 · Only the runs of this month */
                month?: string;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 行政区划代码 · Only the runs of this region */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollupPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RollupsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartRollupDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollupDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The job queue (Redis) is down; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RollupsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollupDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RollupsController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartCorrectionDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollupDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The job queue (Redis) is down; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AssessmentsController_safetyRiskKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_list: {
        parameters: {
            query?: {
                facilityId?: string;
                /** @description 服务日期自（含）· Slot date from */
                from?: string;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                residentId?: string;
                slotId?: string;
                status?: "booked" | "checked_in" | "completed" | "cancelled" | "no_show";
                /** @description 服务日期至（含）· Slot date to */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_book: {
        parameters: {
            query?: never;
            header: {
                /** @description 同一账号同一键只生成一个订单 · The same key from the same account makes one order, never two */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_noShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceSlotsController_list: {
        parameters: {
            query?: {
                /** @description 仅有余位且可预约 · Only open slots with places left */
                available?: boolean;
                facilityId?: string;
                /** @description 自（含，北京时间；缺省为今天）· From this date (Shanghai), inclusive; default today: slots are listed soonest first */
                from?: string;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 服务此区划（含下级）居民的时段 · Slots serving people of this region */
                regionCode?: string;
                serviceType?: "meal" | "cleaning" | "bathing" | "walking" | "medical" | "emergency" | "recreation" | "visit";
                /** @description 至（含）· To this date (Shanghai) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceSlotsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceSlotsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_quote: {
        parameters: {
            query: {
                /** @description 服务对象 · The older person to be booked */
                residentId: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceSlotsController_types: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceTypeDto"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityRecordsController_terminalList: {
        parameters: {
            query?: {
                /** @description 终端类型 · Kind of terminal */
                deviceKind?: "emergency_call" | "smart_watch" | "sensor" | "tv_box" | "kiosk" | "other";
                /** @description 仅在用（未拆除）· Only those still installed (true) or removed (false) */
                installed?: boolean;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 区划（含下级）· Region and below */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmartTerminalPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityRecordsController_createTerminal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmartTerminalInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmartTerminalDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityRecordsController_removeTerminal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveTerminalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmartTerminalDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    CommunityRecordsController_importTerminals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8) or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordImportResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Past the upload or row limits (UPLOAD_MAX_BYTES, IMPORT_MAX_ROWS) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    StaffController_leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffLeaveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyRuleDto"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ServiceOrdersController_createRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubsidyRuleInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyRuleDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    SystemController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobsStatusDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Redis is down; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    SystemController_openQueueDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueDashboardSessionDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Jobs run in-process: the dashboard needs REDIS_URL */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingsController_list: {
        parameters: {
            query?: {
                /** @description 培训类别 · Course type */
                courseType?: "caregiver" | "manager" | "family_caregiver";
                /** @description 培训日期起（含）· Trained on or after */
                from?: string;
                /** @description 完整身份证号：该学员的全部培训 · A whole ID number: that trainee's trainings */
                idNumber?: string;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 区划及下级 · In this region's subtree */
                regionCode?: string;
                /** @description 机构工作人员 · Of this staff member */
                staffId?: string;
                /** @description 培训日期止（含）· Trained on or before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8) or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordImportResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Past the upload or row limits (UPLOAD_MAX_BYTES, IMPORT_MAX_ROWS) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingsController_importTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description 按启用状态筛选 · Filter by whether the account is active */
                active?: boolean;
                /** @description 可见该机构的用户 · Accounts granted this facility (its operators and assessors) */
                facilityId?: string;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                /** @description 用户名或姓名包含 · Part of the username or display name */
                q?: string;
                /** @description 按角色筛选 · Filter by role */
                role?: "admin" | "civil_affairs" | "operator" | "assessor" | "family";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No such account in the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    VisitsController_due: {
        parameters: {
            query?: {
                /** @description 该机构负责探访的人 · People this facility visits */
                facilityId?: string;
                /** @description 每页条数 · Items per page */
                limit?: number;
                /** @description 页码，从 1 开始 · Page number, from 1 */
                page?: number;
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DueVisitDto"][];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    VisitsController_rate: {
        parameters: {
            query: {
                /** @description 该周期内的任一日 · Any day of the period */
                on: string;
                /** @description 周（周一至周日）或自然月 · ISO week (Monday–Sunday) or calendar month */
                period: "week" | "month";
                /** @description 区划 · Region */
                regionCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitRateDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    WaitlistController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StayDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    WaitlistController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    WaitlistController_offer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistOfferDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but a rule refuses it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    WaitlistController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid input: `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state (duplicate, occupied, changed concurrently) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body is not of a media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /**
             * @description A dependency is down; `details` says which
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
}
