/**
 * Generated from cms/public/openapi.json by openapi-typescript (`npm run openapi`): do not edit.
 * The client types of the API; `api-check.ts` holds the contract's types against them.
 */
/* eslint-disable */
export interface paths {
    "/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的收货地址（默认地址在前） */
        get: operations["address/get/addresses"];
        put?: never;
        /**
         * 新增收货地址
         * @description 第一个地址自动成为默认地址。
         */
        post: operations["address/post/addresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/addresses/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个收货地址（仅本人的） */
        get: operations["address/get/addresses_by_documentId"];
        /** 修改收货地址（仅本人的） */
        put: operations["address/put/addresses_by_documentId"];
        post?: never;
        /** 删除收货地址（仅本人的） */
        delete: operations["address/delete/addresses_by_documentId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/dashboards/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 分领域看板（fans 粉丝、orders 订单与积分、messages 消息、wecom 企业微信）
         * @description 日期为北京时间（Asia/Shanghai）；默认最近 30 天；`granularity` 为 day、week（周一开始）或 month。只读每日统计表，不扫描业务表。
         */
        get: operations["analytics/get/analytics_dashboards_by_domain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/dashboards/{domain}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出分领域看板（CSV）
         * @description 日期为北京时间（Asia/Shanghai）；默认最近 30 天；`granularity` 为 day、week（周一开始）或 month。只读每日统计表，不扫描业务表。 每个图表一张表：每行一个日期，每列一个指标。
         */
        get: operations["analytics/get/analytics_dashboards_by_domain_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 首页看板：今日关键数据（与昨日对比）、近 30 天趋势、待处理事项 */
        get: operations["analytics/get/analytics_home"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["users-permissions/get/auth_by_provider_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["users-permissions/post/auth_change_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/email-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 邮箱确认链接 */
        get: operations["users-permissions/get/auth_email_confirmation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["users-permissions/post/auth_forgot_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/local": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 账号密码登录（users-permissions） */
        post: operations["users-permissions/post/auth_local"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/local/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 注册账号（users-permissions，是否开放由后台设置决定） */
        post: operations["users-permissions/post/auth_local_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录（吊销当前会话） */
        post: operations["users-permissions/post/auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用刷新令牌换新的 JWT */
        post: operations["users-permissions/post/auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["users-permissions/post/auth_reset_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/send-email-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["users-permissions/post/auth_send_email_confirmation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户的登录会话 */
        get: operations["users-permissions/get/auth_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 吊销一个登录会话 */
        delete: operations["users-permissions/delete/auth_sessions_by_sessionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["banner/get/banners"];
        put?: never;
        post: operations["banner/post/banners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banners/{documentId}/click": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录一次轮播图点击 */
        post: operations["banner/post/banners_by_documentId_click"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["banner/get/banners_by_id"];
        put: operations["banner/put/banners_by_id"];
        post?: never;
        delete: operations["banner/delete/banners_by_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["category/get/categories"];
        put?: never;
        post: operations["category/post/categories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["category/get/categories_by_id"];
        put: operations["category/put/categories_by_id"];
        post?: never;
        delete: operations["category/delete/categories_by_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 启用的分类树（至多 3 级，已排序） */
        get: operations["category/get/categories_tree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connect/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 第三方登录跳转（users-permissions 提供方，如 /connect/github）
         * @description 浏览器访问后重定向到提供方的授权页；WeDraw 的微信登录请用 `/wechat/oauth/*`。
         */
        get: operations["users-permissions/get/connect_____"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content-type-builder/components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["content-type-builder/get/content_type_builder_components"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content-type-builder/components/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["content-type-builder/get/content_type_builder_components_by_uid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content-type-builder/content-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["content-type-builder/get/content_type_builder_content_types"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content-type-builder/content-types/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["content-type-builder/get/content_type_builder_content_types_by_uid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["email/post/email"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/goods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 商品列表（上架商品）
         * @description 按分类（含下级分类）、专区编码、标题关键词筛选；排序 `sales:desc`、`pointsPrice:asc`、`pointsPrice:desc`、`newest`。
         */
        get: operations["good/get/goods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/goods/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 商品详情（含 SKU）
         * @description 下架的商品为 404。
         */
        get: operations["good/get/goods_by_documentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/i18n/locales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["i18n/get/i18n_locales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mall/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 商城首页：轮播图、专区、一级分类
         * @description 来自缓存；运营修改后 1 秒内刷新。带 `ETag`，`If-None-Match` 命中时为 304。
         */
        get: operations["mall/get/mall_home"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messaging/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本租户的消息（新的在前，分页） */
        get: operations["messaging/get/messaging_messages"];
        put?: never;
        /**
         * 发送一条消息
         * @description 按渠道校验 `to` 与 `content`（或模板渲染出的内容），写入后排队发送；`sendAt` 为定时（最多提前 30 天）。相同 `idempotencyKey` 返回第一次的消息（200），不再写入。
         */
        post: operations["messaging/post/messaging_messages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messaging/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条消息（仅本租户的） */
        get: operations["messaging/get/messaging_messages_by_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messaging/messages/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消一条待发送或定时的消息 */
        post: operations["messaging/post/messaging_messages_by_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messaging/messages/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量发送消息（最多 1000 条）
         * @description 逐条校验：合格的都被接受，不合格的在 `rejected` 中给出下标和原因（与单条发送的错误相同）。
         */
        post: operations["messaging/post/messaging_messages_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messaging/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 发送统计：总数、成功率、延迟、各渠道、今日配额
         * @description `from`、`to` 为 Asia/Shanghai 的日期（YYYY-MM-DD），默认今天。
         */
        get: operations["messaging/get/messaging_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务健康（数据库、Redis、队列） */
        get: operations["ops/get/monitor_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pay/merchant/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 商户端：本店的收款（店员） */
        get: operations["pay/get/pay_merchant_orders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pay/merchant/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 商户端：本店某日的笔数、金额与退款（店员） */
        get: operations["pay/get/pay_merchant_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pay/merchants/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 收款码打开的支付页：商户信息
         * @description 带 `payCode` 时计一次扫码，并返回该码的固定金额（无则为任意金额）。
         */
        get: operations["pay/get/pay_merchants_by_code"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pay/notify/{mchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 微信支付：支付成功通知
         * @description 验签（`Wechatpay-Serial` 指定的微信支付公钥，原始报文）、时间戳 ±5 分钟、AEAD_AES_256_GCM 解密，核对金额、appid、mchid；同一订单无论重复或并发通知只处理一次（积分由数据库唯一键保证只发一次）。不符的通知：订单被标记、不发积分、告警，仍回 204 让微信支付停止重试。
         */
        post: operations["pay/post/pay_notify_by_mchId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pay/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的支付订单（新的在前，分页） */
        get: operations["pay/get/pay_orders"];
        put?: never;
        /**
         * 下单（微信支付 JSAPI / 小程序 / Native）
         * @description 金额单位为分。先过风控（拦截 409 RiskBlocked，复核则积分待释放），再向微信支付预下单；微信支付不可用时 502，且不留下订单。相同 `idempotencyKey` 返回第一次的订单（200）。
         */
        post: operations["pay/post/pay_orders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pay/orders/{orderNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个支付订单（仅本人的） */
        get: operations["pay/get/pay_orders_by_orderNo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pay/refund-notify/{mchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 微信支付：退款结果通知
         * @description 验签（`Wechatpay-Serial` 指定的微信支付公钥，原始报文）、时间戳 ±5 分钟、AEAD_AES_256_GCM 解密，核对金额、appid、mchid；同一订单无论重复或并发通知只处理一次（积分由数据库唯一键保证只发一次）。不符的通知：订单被标记、不发积分、告警，仍回 204 让微信支付停止重试。
         */
        post: operations["pay/post/pay_refund_notify_by_mchId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pay/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发起退款（API 令牌）
         * @description 全额或部分退款；积分按退款比例扣回，不足时不扣成负数，记录差额（shortfall）。相同 `idempotencyKey` 返回第一次的退款（200）。
         */
        post: operations["pay/post/pay_refunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/points/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 人工调整积分（API 令牌）
         * @description 需要授予了该权限的 API 令牌；访客角色永远没有。相同 `idempotencyKey` 返回第一次的流水（200）。
         */
        post: operations["points/post/points_adjustments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/points/checkin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 每日签到
         * @description 每个自然日（Asia/Shanghai）一次，并发下也只成功一次；连续签到按规则加奖励。
         */
        post: operations["points/post/points_checkin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/points/exchanges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的兑换订单（新的在前，分页） */
        get: operations["points/get/points_exchanges"];
        put?: never;
        /**
         * 积分兑换商品（下单）
         * @description 一个数据库事务内：扣积分、减库存、建订单；任何失败都不写入。相同 `idempotencyKey` 再次提交返回第一次的订单（200），不再写入。
         */
        post: operations["points/post/points_exchanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/points/exchanges/{orderNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个兑换订单（仅本人的） */
        get: operations["points/get/points_exchanges_by_orderNo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/points/exchanges/{orderNo}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消兑换订单
         * @description 待审核或待发货的订单可取消：积分退还、库存恢复，在同一事务内完成。
         */
        post: operations["points/post/points_exchanges_by_orderNo_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/points/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的积分：余额、累计、即将过期、今日是否已签到 */
        get: operations["points/get/points_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/points/me/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的积分流水（新的在前，分页） */
        get: operations["points/get/points_me_transactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["sku/get/skus"];
        put?: never;
        post: operations["sku/post/skus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skus/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["sku/get/skus_by_id"];
        put: operations["sku/put/skus_by_id"];
        post?: never;
        delete: operations["sku/delete/skus_by_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传文件（multipart/form-data，字段 files） */
        post: operations["upload/post/upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["upload/get/upload_files"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["upload/get/upload_files_by_id"];
        put?: never;
        post?: never;
        delete: operations["upload/delete/upload_files_by_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload/files/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["upload/get/upload_files_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["users-permissions/get/users"];
        put?: never;
        post: operations["users-permissions/post/users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users-permissions/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["users-permissions/get/users_permissions_permissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users-permissions/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["users-permissions/get/users_permissions_roles"];
        put?: never;
        post: operations["users-permissions/post/users_permissions_roles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users-permissions/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["users-permissions/get/users_permissions_roles_by_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users-permissions/roles/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["users-permissions/put/users_permissions_roles_by_role"];
        post?: never;
        delete: operations["users-permissions/delete/users_permissions_roles_by_role"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["users-permissions/get/users_by_id"];
        put: operations["users-permissions/put/users_by_id"];
        post?: never;
        delete: operations["users-permissions/delete/users_by_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["users-permissions/get/users_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前登录用户 */
        get: operations["users-permissions/get/users_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/callback/{appId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 微信服务器 URL 验证（回显 echostr） */
        get: operations["wechat/get/wechat_callback_by_appId"];
        put?: never;
        /**
         * 微信消息与事件推送
         * @description 明文或安全模式（encrypt_type=aes）。5 秒内回复被动回复 XML（安全模式下加密）或 `success`；同一消息重复推送只处理一次。签名错误 401，且不保存任何内容。
         */
        post: operations["wechat/post/wechat_callback_by_appId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/fans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 粉丝列表（筛选、分页） */
        get: operations["wechat/get/wechat_fans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/fans/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个粉丝 */
        get: operations["wechat/get/wechat_fans_by_documentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/fans/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始全量同步粉丝（排队执行） */
        post: operations["wechat/post/wechat_fans_sync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/fans/sync-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 粉丝同步记录（分页） */
        get: operations["wechat/get/wechat_fans_sync_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/fans/sync-runs/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次粉丝同步的进度 */
        get: operations["wechat/get/wechat_fans_sync_runs_by_documentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/fans/sync-runs/{documentId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 续跑中断的粉丝同步 */
        post: operations["wechat/post/wechat_fans_sync_runs_by_documentId_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/jssdk-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JS-SDK 签名（wx.config 的参数） */
        get: operations["wechat/get/wechat_jssdk_config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/menus/{appId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自定义菜单：草稿、线上菜单与点击回复 */
        get: operations["wechat/get/wechat_menus_by_appId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/menus/{appId}/click-replies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 给菜单 KEY 绑定点击回复 */
        put: operations["wechat/put/wechat_menus_by_appId_click_replies_by_key"];
        post?: never;
        /** 解除菜单 KEY 的点击回复 */
        delete: operations["wechat/delete/wechat_menus_by_appId_click_replies_by_key"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/menus/{appId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存菜单草稿（按微信规则校验） */
        put: operations["wechat/put/wechat_menus_by_appId_draft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/menus/{appId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布菜单到微信 */
        post: operations["wechat/post/wechat_menus_by_appId_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/menus/{appId}/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拉取微信上的线上菜单 */
        post: operations["wechat/post/wechat_menus_by_appId_pull"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/menus/{appId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可绑定到菜单点击的回复 */
        get: operations["wechat/get/wechat_menus_by_appId_replies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/miniprogram/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 小程序登录（wx.login 的 code 换 JWT） */
        post: operations["wechat/post/wechat_miniprogram_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/oauth/authorize-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公众号网页授权地址（H5 跳转到这里） */
        get: operations["wechat/get/wechat_oauth_authorize_url"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/oauth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 公众号网页授权登录（code 换 JWT）
         * @description 同一个人（同一 unionid）从 H5 和小程序进来是同一个用户。只配置了一个公众号时可省略 appId。
         */
        post: operations["wechat/post/wechat_oauth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 粉丝标签 */
        get: operations["wechat/get/wechat_tags"];
        put?: never;
        /** 新建粉丝标签（同步到微信） */
        post: operations["wechat/post/wechat_tags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 重命名标签 */
        put: operations["wechat/put/wechat_tags_by_tagId"];
        post?: never;
        /** 删除标签 */
        delete: operations["wechat/delete/wechat_tags_by_tagId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/tags/{tagId}/fans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 给粉丝打标签或取消标签 */
        post: operations["wechat/post/wechat_tags_by_tagId_fans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/tags/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从微信拉取标签 */
        post: operations["wechat/post/wechat_tags_pull"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/template-sends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 模板消息发送记录（分页） */
        get: operations["wechat/get/wechat_template_sends"];
        put?: never;
        /**
         * 发送模板消息（立即或定时）
         * @description 相同 `idempotencyKey` 返回第一次的发送记录（200）。
         */
        post: operations["wechat/post/wechat_template_sends"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/template-sends/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条发送记录及其实时统计 */
        get: operations["wechat/get/wechat_template_sends_by_documentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 模板列表（已同步的） */
        get: operations["wechat/get/wechat_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/templates/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从微信同步模板列表 */
        post: operations["wechat/post/wechat_templates_sync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本租户的企业微信发送账号及其状态
         * @description 租户密钥认证，与消息中心接口相同（租户要求签名时带 X-WeDraw-Timestamp、X-WeDraw-Nonce、X-WeDraw-Signature）；只列出属于本租户的账号（内置租户：全部）。
         */
        get: operations["wecom/get/wecom_accounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/accounts/{code}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本租户一个发送账号的状态
         * @description 租户密钥认证，与消息中心接口相同（租户要求签名时带 X-WeDraw-Timestamp、X-WeDraw-Nonce、X-WeDraw-Signature）；只列出属于本租户的账号（内置租户：全部）。其他租户的账号答 404。
         */
        get: operations["wecom/get/wecom_accounts_by_code_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/callback/{corpId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业微信回调 URL 验证（回显解密后的 echostr） */
        get: operations["wecom/get/wecom_callback_by_corpId"];
        put?: never;
        /**
         * 企业微信事件推送（通讯录变更等）
         * @description 安全模式（加密）。5 秒内回复 `success`；同一消息重复推送只处理一次。签名错误 401，且不保存任何内容。
         */
        post: operations["wecom/post/wecom_callback_by_corpId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/employee/group-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的客户群：我作群主的每日群聊数据（近 N 天）
         * @description 来自企业微信 `groupchat/statistic_group_by_day`（按天、仅本人作群主的群）；企业微信只提供昨天及以前的数据，打开时补拉缺少的天与昨天。`days` 7–90，默认 30。
         */
        get: operations["wecom/get/wecom_employee_group_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/employee/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的客户群：我作群主的客户群（分页）
         * @description `q` 按群名筛选；已解散的群不列出。
         */
        get: operations["wecom/get/wecom_employee_groups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/employee/groups/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的客户群：群详情与在群成员 */
        get: operations["wecom/get/wecom_employee_groups_by_chatId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/employee/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前登录的企业微信员工（工作台）
         * @description 需用企业微信网页登录得到的 JWT；不是企业成员的用户（如商城访客）返回 403 `NotAnEmployee`。
         */
        get: operations["wecom/get/wecom_employee_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/employee/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 通讯录：搜索本企业成员（分页）
         * @description `q` 匹配姓名、UserID、别名或部门名称（含下级部门）；`department` 只看该部门及其下级。已离职成员不列出。仅企业成员可用。
         */
        get: operations["wecom/get/wecom_employee_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/employee/members/{userid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通讯录：成员详情（部门、职务、脱敏手机号） */
        get: operations["wecom/get/wecom_employee_members_by_userid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/employee/robots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 群机器人：管理员允许我使用的机器人
         * @description Webhook 密钥永不返回；备注与允许的消息类型只给管理员允许配置的成员。
         */
        get: operations["wecom/get/wecom_employee_robots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/employee/robots/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 群机器人：配置名称、备注、允许的消息类型（管理员允许配置的成员）
         * @description 不能改 Webhook、所在群和可使用的成员；能使用但未被允许配置的成员 403 `NotARobotEditor`；看不到的机器人 404。
         */
        put: operations["wecom/put/wecom_employee_robots_by_code"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/employee/robots/{code}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 群机器人：发送一条文本（进入队列，每个机器人每分钟最多 20 条）
         * @description 机器人不允许文本类型时 400（字段 msgtype）；不能使用的机器人 404。
         */
        post: operations["wecom/post/wecom_employee_robots_by_code_messages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 企业微信网页登录（code 换 JWT）
         * @description 成员第一次登录时创建并关联用户。
         */
        post: operations["wecom/post/wecom_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wecom/login/url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业微信网页登录地址（员工 H5 跳转到这里）
         * @description 只配置了一个企业、一个应用时可省略 corpId、agentId。
         */
        get: operations["wecom/get/wecom_login_url"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["zone/get/zones"];
        put?: never;
        post: operations["zone/post/zones"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zones/{code}/goods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专区商品（按专区顺序，分页） */
        get: operations["zone/get/zones_by_code_goods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zones/{code}/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录一次专区浏览（打开专区商品页） */
        post: operations["zone/post/zones_by_code_view"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["zone/get/zones_by_id"];
        put: operations["zone/put/zones_by_id"];
        post?: never;
        delete: operations["zone/delete/zones_by_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Address: {
            city: string | null;
            detail: string;
            district: string | null;
            documentId: string;
            isDefault: boolean;
            phone: string;
            province: string | null;
            receiver: string;
        };
        ApiCategoryCategoryDocument: {
            /** @description A relational field */
            children?: components["schemas"]["ApiCategoryCategoryDocument"][];
            /** @description A datetime field */
            createdAt?: string;
            /**
             * Format: uuid
             * @description The document ID, represented by a UUID
             */
            documentId: string;
            /**
             * @description A boolean field
             * @default true
             */
            enabled: boolean | null;
            /** @description A relational field */
            goods?: components["schemas"]["ApiGoodGoodDocument"][];
            /** @description A media field */
            icon?: components["schemas"]["PluginUploadFileDocument"];
            id: string | number;
            /**
             * @description An integer field
             * @default 1
             */
            level: number;
            /** @description A string field */
            name: string;
            /** @description A relational field */
            parent?: components["schemas"]["ApiCategoryCategoryDocument"];
            /** @description A datetime field */
            publishedAt: string;
            /**
             * @description An integer field
             * @default 0
             */
            sort: number;
            /** @description A datetime field */
            updatedAt?: string;
        };
        ApiGoodGoodDocument: {
            /** @description A relational field */
            category?: components["schemas"]["ApiCategoryCategoryDocument"];
            /** @description A media field */
            cover?: components["schemas"]["PluginUploadFileDocument"];
            /** @description A datetime field */
            createdAt?: string;
            /** @description A richtext field */
            description?: string;
            /**
             * @description An integer field
             * @default 100
             */
            discountRate: number;
            /**
             * Format: uuid
             * @description The document ID, represented by a UUID
             */
            documentId: string;
            /**
             * @description An integer field
             * @default 0
             */
            exchangeLimitPerUser: number;
            id: string | number;
            /** @description A media field */
            images?: components["schemas"]["PluginUploadFileDocument"][];
            /**
             * @description A boolean field
             * @default false
             */
            isDiscount: boolean | null;
            /**
             * @description A boolean field
             * @default false
             */
            isHot: boolean | null;
            /**
             * @description A boolean field
             * @default true
             */
            onShelf: boolean | null;
            /** @description A datetime field */
            publishedAt: string;
            /** @description A relational field */
            skus?: components["schemas"]["ApiSkuSkuDocument"][];
            /**
             * @description An integer field
             * @default 0
             */
            sortWeight: number;
            /** @description A string field */
            subtitle?: string;
            /** @description A JSON field */
            tags?: unknown;
            /** @description A string field */
            title: string;
            /** @description A datetime field */
            updatedAt?: string;
        };
        ApiSkuSkuDocument: {
            /**
             * @description An integer field
             * @default 0
             */
            cashPrice: number;
            /** @description A string field */
            code?: string;
            /** @description A datetime field */
            createdAt?: string;
            /**
             * Format: uuid
             * @description The document ID, represented by a UUID
             */
            documentId: string;
            /** @description A relational field */
            good?: components["schemas"]["ApiGoodGoodDocument"];
            id: string | number;
            /** @description An integer field */
            pointsPrice: number;
            /** @description A datetime field */
            publishedAt: string;
            /**
             * @description An integer field
             * @default 0
             */
            sales: number;
            /** @description A JSON field */
            specs?: unknown;
            /**
             * @description An integer field
             * @default 0
             */
            stock: number;
            /** @description A datetime field */
            updatedAt?: string;
        };
        Banner: {
            documentId: string;
            image: string | null;
            /** @enum {string} */
            linkType: "goods-list" | "goods-detail" | "category" | "activity" | "external" | "miniprogram-page";
            linkValue: string | null;
            title: string;
        };
        Category: {
            children?: components["schemas"]["Category"][];
            documentId: string;
            icon: string | null;
            level?: number;
            name: string;
        };
        CheckinResult: {
            balance: number;
            points: number;
            streak: number;
        };
        /** @description 错误响应：data 为 null，error.name 稳定，error.message 为中文。 */
        ErrorEnvelope: {
            data: null;
            error: {
                /** @description 400 时为 {errors: [{path, field, message}]}；业务错误时为相关数值 */
                details?: unknown;
                message: string;
                name: string;
                status: number;
            };
        };
        ExchangeOrder: {
            /** @description 下单时的地址快照 */
            address: {
                city?: string | null;
                detail?: string;
                district?: string | null;
                phone?: string;
                province?: string | null;
                receiver?: string;
            } | null;
            createdAt: string;
            history: {
                at: string;
                status: components["schemas"]["OrderStatus"];
            }[];
            lines: {
                good: string;
                pointsPrice: number;
                quantity: number;
                sku: string;
                /** @description 规格：规格名 → 规格值，如 {"颜色":"红"} */
                specs: {
                    [key: string]: string;
                } | null;
                title: string;
            }[];
            orderNo: string;
            shipping: {
                carrier?: string;
                trackingNo?: string;
            } | null;
            status: components["schemas"]["OrderStatus"];
            totalPoints: number;
        };
        /** @description 商品卡片 */
        GoodCard: {
            /** @description 该 SKU 的现金部分（分） */
            cashPrice: number;
            /** @description 封面图 URL */
            cover: string | null;
            /** @description 折扣百分比：80 即八折 */
            discountRate: number;
            documentId: string;
            isDiscount: boolean;
            isHot: boolean;
            /** @description 折前积分价，仅折扣商品 */
            originalPrice?: number;
            /** @description 最低价 SKU 的积分价；没有 SKU 时为 null */
            pointsPrice: number | null;
            sales: number;
            subtitle: string;
            title: string;
        };
        /** @description 商品详情 */
        GoodDetail: {
            /** @description 该 SKU 的现金部分（分） */
            cashPrice: number;
            category: {
                documentId: string;
                name: string;
            } | null;
            /** @description 封面图 URL */
            cover: string | null;
            /** @description 运营填写的 Markdown */
            description: string;
            /** @description 渲染后的安全 HTML */
            descriptionHtml?: string;
            /** @description 折扣百分比：80 即八折 */
            discountRate: number;
            documentId: string;
            /** @description 每人限兑数量，0 为不限 */
            exchangeLimitPerUser: number;
            images: string[];
            isDiscount: boolean;
            isHot: boolean;
            /** @description 折前积分价，仅折扣商品 */
            originalPrice?: number;
            /** @description 最低价 SKU 的积分价；没有 SKU 时为 null */
            pointsPrice: number | null;
            sales: number;
            skus: components["schemas"]["Sku"][];
            subtitle: string;
            title: string;
        };
        LedgerLine: {
            balanceAfter: number;
            createdAt: string;
            delta: number;
            expiresAt: string | null;
            id: number;
            remark: string | null;
            source: string | null;
            /** @enum {string} */
            type: "earn" | "spend" | "expire" | "refund" | "adjust";
        };
        LoginResult: {
            /** @description users-permissions JWT：之后放在 Authorization: Bearer 中 */
            jwt: string;
            user: {
                avatar: string | null;
                id: number;
                nickname: string | null;
                username: string;
            };
        };
        MallHome: {
            banners: components["schemas"]["Banner"][];
            categories: components["schemas"]["Category"][];
            zones: {
                code: string;
                goods: components["schemas"]["GoodCard"][];
                name: string;
            }[];
        };
        /** @enum {string} */
        OrderStatus: "pending_review" | "to_ship" | "shipped" | "completed" | "cancelled";
        PaginationMeta: {
            pagination: {
                page: number;
                pageCount: number;
                pageSize: number;
                total: number;
            };
        };
        PluginUploadFileDocument: {
            /** @description A text field */
            alternativeText?: string;
            /** @description A text field */
            caption?: string;
            /** @description A datetime field */
            createdAt?: string;
            /**
             * Format: uuid
             * @description The document ID, represented by a UUID
             */
            documentId: string;
            /** @description A string field */
            ext?: string;
            /** @description A JSON field */
            focalPoint?: unknown;
            /** @description A JSON field */
            formats?: unknown;
            /** @description A string field */
            hash: string;
            /** @description An integer field */
            height?: number;
            id: string | number;
            /** @description A string field */
            mime: string;
            /** @description A string field */
            name: string;
            /** @description A text field */
            previewUrl?: string;
            /** @description A string field */
            provider: string;
            /** @description A JSON field */
            provider_metadata?: unknown;
            /** @description A datetime field */
            publishedAt: string;
            related: unknown;
            /** @description A decimal field */
            size: number;
            /** @description A datetime field */
            updatedAt?: string;
            /** @description A text field */
            url: string;
            /** @description An integer field */
            width?: number;
        };
        PointsSummary: {
            balance: number;
            checkedInToday: boolean;
            /** @description 最近一批将过期的积分 */
            expiring: {
                at: string;
                points: number;
            } | null;
            streak: number;
            totalEarned: number;
            totalExpired: number;
            totalSpent: number;
        };
        Sku: {
            cashPrice: number;
            documentId: string;
            pointsPrice: number;
            /** @description 规格：规格名 → 规格值，如 {"颜色":"红"} */
            specs: {
                [key: string]: string;
            };
            stock: number;
        };
    };
    responses: {
        /** @description 服务器内部错误（总是缺陷） */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "address/get/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Address"][];
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "address/post/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    city?: string;
                    detail: string;
                    district?: string;
                    isDefault?: boolean;
                    phone: string;
                    province?: string;
                    receiver: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Address"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "address/get/addresses_by_documentId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Address"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "address/put/addresses_by_documentId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    city?: string;
                    detail?: string;
                    district?: string;
                    isDefault?: boolean;
                    phone?: string;
                    province?: string;
                    receiver?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Address"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "address/delete/addresses_by_documentId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Address"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "analytics/get/analytics_dashboards_by_domain": {
        parameters: {
            query?: {
                from?: string;
                granularity?: "day" | "week" | "month";
                to?: string;
            };
            header?: never;
            path: {
                domain: "fans" | "orders" | "messages" | "wecom" | "pay";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            breakdowns: {
                                key: string;
                                metric: string;
                                rows: {
                                    dimension: string;
                                    label?: string;
                                    value: number;
                                }[];
                                title: string;
                            }[];
                            charts: {
                                buckets: string[];
                                key: string;
                                series: {
                                    label: string;
                                    metric: string;
                                    unit?: string;
                                    values: number[];
                                }[];
                                title: string;
                            }[];
                            domain: string;
                            from: string;
                            /** @enum {string} */
                            granularity: "day" | "week" | "month";
                            title: string;
                            to: string;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "analytics/get/analytics_dashboards_by_domain_export": {
        parameters: {
            query?: {
                from?: string;
                granularity?: "day" | "week" | "month";
                to?: string;
            };
            header?: never;
            path: {
                domain: "fans" | "orders" | "messages" | "wecom" | "pay";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV（UTF-8，带 BOM） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "analytics/get/analytics_home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attention: {
                                key: string;
                                label: string;
                                link?: string;
                                value: number;
                            }[];
                            figures: {
                                change: number;
                                label: string;
                                metric: string;
                                today: number;
                                unit?: string;
                                yesterday: number;
                            }[];
                            today: string;
                            trends: {
                                buckets: string[];
                                from: string;
                                series: {
                                    label: string;
                                    metric: string;
                                    unit?: string;
                                    values: number[];
                                }[];
                                to: string;
                            };
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "users-permissions/get/auth_by_provider_callback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jwt: string;
                        refreshToken?: string;
                        user: {
                            blocked: boolean;
                            confirmed: boolean;
                            createdAt: string;
                            documentId: string;
                            email: string;
                            id: number;
                            provider: string;
                            publishedAt: string;
                            role?: number | {
                                createdAt: string;
                                description: string | null;
                                id: number;
                                name: string;
                                type: string;
                                updatedAt: string;
                            };
                            updatedAt: string;
                            username: string;
                        };
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/post/auth_change_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    currentPassword: string;
                    password: string;
                    passwordConfirmation: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jwt: string;
                        refreshToken?: string;
                        user: {
                            blocked: boolean;
                            confirmed: boolean;
                            createdAt: string;
                            documentId: string;
                            email: string;
                            id: number;
                            provider: string;
                            publishedAt: string;
                            role?: number | {
                                createdAt: string;
                                description: string | null;
                                id: number;
                                name: string;
                                type: string;
                                updatedAt: string;
                            };
                            updatedAt: string;
                            username: string;
                        };
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/get/auth_email_confirmation": {
        parameters: {
            query: {
                confirmation: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 确认后重定向到配置的页面（302） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "users-permissions/post/auth_forgot_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/post/auth_local": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    identifier: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jwt: string;
                        refreshToken?: string;
                        user: {
                            blocked: boolean;
                            confirmed: boolean;
                            createdAt: string;
                            documentId: string;
                            email: string;
                            id: number;
                            provider: string;
                            publishedAt: string;
                            role?: number | {
                                createdAt: string;
                                description: string | null;
                                id: number;
                                name: string;
                                type: string;
                                updatedAt: string;
                            };
                            updatedAt: string;
                            username: string;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "users-permissions/post/auth_local_register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jwt: string;
                        refreshToken?: string;
                        user: {
                            blocked: boolean;
                            confirmed: boolean;
                            createdAt: string;
                            documentId: string;
                            email: string;
                            id: number;
                            provider: string;
                            publishedAt: string;
                            role?: number | {
                                createdAt: string;
                                description: string | null;
                                id: number;
                                name: string;
                                type: string;
                                updatedAt: string;
                            };
                            updatedAt: string;
                            username: string;
                        };
                    } | {
                        user: {
                            blocked: boolean;
                            confirmed: boolean;
                            createdAt: string;
                            documentId: string;
                            email: string;
                            id: number;
                            provider: string;
                            publishedAt: string;
                            role?: number | {
                                createdAt: string;
                                description: string | null;
                                id: number;
                                name: string;
                                type: string;
                                updatedAt: string;
                            };
                            updatedAt: string;
                            username: string;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "users-permissions/post/auth_logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    deviceId?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "users-permissions/post/auth_refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jwt: string;
                        refreshToken?: string;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "users-permissions/post/auth_reset_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    code: string;
                    password: string;
                    passwordConfirmation: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jwt: string;
                        refreshToken?: string;
                        user: {
                            blocked: boolean;
                            confirmed: boolean;
                            createdAt: string;
                            documentId: string;
                            email: string;
                            id: number;
                            provider: string;
                            publishedAt: string;
                            role?: number | {
                                createdAt: string;
                                description: string | null;
                                id: number;
                                name: string;
                                type: string;
                                updatedAt: string;
                            };
                            updatedAt: string;
                            username: string;
                        };
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/post/auth_send_email_confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        sent: boolean;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/get/auth_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: ({
                            createdAt?: string;
                            deviceId?: string | null;
                            id: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "users-permissions/delete/auth_sessions_by_sessionId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "banner/get/banners": {
        parameters: {
            query?: {
                _q?: string;
                fields?: ("title" | "linkType" | "linkValue" | "sort" | "enabled" | "startAt" | "endAt" | "clicks" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                "pagination[limit]"?: number;
                "pagination[page]"?: number;
                "pagination[pageSize]"?: number;
                "pagination[start]"?: number;
                "pagination[withCount]"?: boolean;
                populate?: "*" | ("image" | "goods") | ("image" | "goods")[];
                sort?: ("title" | "linkType" | "linkValue" | "sort" | "enabled" | "startAt" | "endAt" | "clicks" | "createdAt" | "updatedAt" | "publishedAt") | ("title" | "linkType" | "linkValue" | "sort" | "enabled" | "startAt" | "endAt" | "clicks" | "createdAt" | "updatedAt" | "publishedAt")[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            clicks: number;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A datetime field */
                            endAt?: string;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            id: string | number;
                            /** @description A media field */
                            image?: components["schemas"]["PluginUploadFileDocument"];
                            /**
                             * @description An enum field
                             * @default goods-list
                             * @enum {string}
                             */
                            linkType: "goods-list" | "goods-detail" | "category" | "activity" | "external" | "miniprogram-page";
                            /** @description A string field */
                            linkValue?: string;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /** @description A datetime field */
                            startAt?: string;
                            /** @description A string field */
                            title: string;
                            /** @description A datetime field */
                            updatedAt?: string;
                        }[];
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "banner/post/banners": {
        parameters: {
            query?: {
                fields?: ("title" | "linkType" | "linkValue" | "sort" | "enabled" | "startAt" | "endAt" | "clicks" | "createdAt" | "updatedAt" | "publishedAt")[];
                populate?: "*" | ("image" | "goods") | ("image" | "goods")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    data: {
                        /**
                         * @description A float field
                         * @default 0
                         */
                        clicks: number;
                        /**
                         * @description A boolean field
                         * @default true
                         */
                        enabled: ("0" | "1" | "t" | "true" | "f" | "false") | null;
                        /** @description A datetime field */
                        endAt?: string;
                        /** @description A relational field */
                        goods?: string[];
                        /** @description A media field */
                        image?: unknown;
                        /**
                         * @description An enum field
                         * @default goods-list
                         * @enum {string}
                         */
                        linkType: "goods-list" | "goods-detail" | "category" | "activity" | "external" | "miniprogram-page";
                        /** @description A string field */
                        linkValue?: string;
                        /** @description A datetime field */
                        publishedAt: string;
                        /**
                         * @description A float field
                         * @default 0
                         */
                        sort: number;
                        /** @description A datetime field */
                        startAt?: string;
                        /** @description A string field */
                        title: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            clicks: number;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A datetime field */
                            endAt?: string;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            id: string | number;
                            /** @description A media field */
                            image?: components["schemas"]["PluginUploadFileDocument"];
                            /**
                             * @description An enum field
                             * @default goods-list
                             * @enum {string}
                             */
                            linkType: "goods-list" | "goods-detail" | "category" | "activity" | "external" | "miniprogram-page";
                            /** @description A string field */
                            linkValue?: string;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /** @description A datetime field */
                            startAt?: string;
                            /** @description A string field */
                            title: string;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "banner/post/banners_by_documentId_click": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "banner/get/banners_by_id": {
        parameters: {
            query?: {
                fields?: ("title" | "linkType" | "linkValue" | "sort" | "enabled" | "startAt" | "endAt" | "clicks" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                populate?: "*" | ("image" | "goods") | ("image" | "goods")[];
                sort?: ("title" | "linkType" | "linkValue" | "sort" | "enabled" | "startAt" | "endAt" | "clicks" | "createdAt" | "updatedAt" | "publishedAt") | ("title" | "linkType" | "linkValue" | "sort" | "enabled" | "startAt" | "endAt" | "clicks" | "createdAt" | "updatedAt" | "publishedAt")[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            clicks: number;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A datetime field */
                            endAt?: string;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            id: string | number;
                            /** @description A media field */
                            image?: components["schemas"]["PluginUploadFileDocument"];
                            /**
                             * @description An enum field
                             * @default goods-list
                             * @enum {string}
                             */
                            linkType: "goods-list" | "goods-detail" | "category" | "activity" | "external" | "miniprogram-page";
                            /** @description A string field */
                            linkValue?: string;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /** @description A datetime field */
                            startAt?: string;
                            /** @description A string field */
                            title: string;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "banner/put/banners_by_id": {
        parameters: {
            query?: {
                fields?: ("title" | "linkType" | "linkValue" | "sort" | "enabled" | "startAt" | "endAt" | "clicks" | "createdAt" | "updatedAt" | "publishedAt")[];
                populate?: "*" | ("image" | "goods") | ("image" | "goods")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    data: {
                        /**
                         * @description A float field
                         * @default 0
                         */
                        clicks?: number;
                        /**
                         * @description A boolean field
                         * @default true
                         */
                        enabled?: ("0" | "1" | "t" | "true" | "f" | "false") | null;
                        /** @description A datetime field */
                        endAt?: string;
                        /** @description A relational field */
                        goods?: string[];
                        /** @description A media field */
                        image?: unknown;
                        /**
                         * @description An enum field
                         * @default goods-list
                         * @enum {string}
                         */
                        linkType?: "goods-list" | "goods-detail" | "category" | "activity" | "external" | "miniprogram-page";
                        /** @description A string field */
                        linkValue?: string;
                        /** @description A datetime field */
                        publishedAt?: string;
                        /**
                         * @description A float field
                         * @default 0
                         */
                        sort?: number;
                        /** @description A datetime field */
                        startAt?: string;
                        /** @description A string field */
                        title?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            clicks: number;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A datetime field */
                            endAt?: string;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            id: string | number;
                            /** @description A media field */
                            image?: components["schemas"]["PluginUploadFileDocument"];
                            /**
                             * @description An enum field
                             * @default goods-list
                             * @enum {string}
                             */
                            linkType: "goods-list" | "goods-detail" | "category" | "activity" | "external" | "miniprogram-page";
                            /** @description A string field */
                            linkValue?: string;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /** @description A datetime field */
                            startAt?: string;
                            /** @description A string field */
                            title: string;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "banner/delete/banners_by_id": {
        parameters: {
            query?: {
                fields?: ("title" | "linkType" | "linkValue" | "sort" | "enabled" | "startAt" | "endAt" | "clicks" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                populate?: "*" | ("image" | "goods") | ("image" | "goods")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            clicks: number;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A datetime field */
                            endAt?: string;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            id: string | number;
                            /** @description A media field */
                            image?: components["schemas"]["PluginUploadFileDocument"];
                            /**
                             * @description An enum field
                             * @default goods-list
                             * @enum {string}
                             */
                            linkType: "goods-list" | "goods-detail" | "category" | "activity" | "external" | "miniprogram-page";
                            /** @description A string field */
                            linkValue?: string;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /** @description A datetime field */
                            startAt?: string;
                            /** @description A string field */
                            title: string;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "category/get/categories": {
        parameters: {
            query?: {
                _q?: string;
                fields?: ("name" | "level" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                "pagination[limit]"?: number;
                "pagination[page]"?: number;
                "pagination[pageSize]"?: number;
                "pagination[start]"?: number;
                "pagination[withCount]"?: boolean;
                populate?: "*" | ("parent" | "children" | "icon" | "goods") | ("parent" | "children" | "icon" | "goods")[];
                sort?: ("name" | "level" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt") | ("name" | "level" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description A relational field */
                            children?: components["schemas"]["ApiCategoryCategoryDocument"][];
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            /** @description A media field */
                            icon?: components["schemas"]["PluginUploadFileDocument"];
                            id: string | number;
                            /**
                             * @description An integer field
                             * @default 1
                             */
                            level: number;
                            /** @description A string field */
                            name: string;
                            /** @description A relational field */
                            parent?: components["schemas"]["ApiCategoryCategoryDocument"];
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /** @description A datetime field */
                            updatedAt?: string;
                        }[];
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "category/post/categories": {
        parameters: {
            query?: {
                fields?: ("name" | "level" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[];
                populate?: "*" | ("parent" | "children" | "icon" | "goods") | ("parent" | "children" | "icon" | "goods")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    data: {
                        /** @description A relational field */
                        children?: string[];
                        /**
                         * @description A boolean field
                         * @default true
                         */
                        enabled: ("0" | "1" | "t" | "true" | "f" | "false") | null;
                        /** @description A relational field */
                        goods?: string[];
                        /** @description A media field */
                        icon?: unknown;
                        /**
                         * @description A float field
                         * @default 1
                         */
                        level: number;
                        /** @description A string field */
                        name: string;
                        /**
                         * Format: uuid
                         * @description A relational field
                         */
                        parent?: string;
                        /** @description A datetime field */
                        publishedAt: string;
                        /**
                         * @description A float field
                         * @default 0
                         */
                        sort: number;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description A relational field */
                            children?: components["schemas"]["ApiCategoryCategoryDocument"][];
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            /** @description A media field */
                            icon?: components["schemas"]["PluginUploadFileDocument"];
                            id: string | number;
                            /**
                             * @description An integer field
                             * @default 1
                             */
                            level: number;
                            /** @description A string field */
                            name: string;
                            /** @description A relational field */
                            parent?: components["schemas"]["ApiCategoryCategoryDocument"];
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "category/get/categories_by_id": {
        parameters: {
            query?: {
                fields?: ("name" | "level" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                populate?: "*" | ("parent" | "children" | "icon" | "goods") | ("parent" | "children" | "icon" | "goods")[];
                sort?: ("name" | "level" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt") | ("name" | "level" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description A relational field */
                            children?: components["schemas"]["ApiCategoryCategoryDocument"][];
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            /** @description A media field */
                            icon?: components["schemas"]["PluginUploadFileDocument"];
                            id: string | number;
                            /**
                             * @description An integer field
                             * @default 1
                             */
                            level: number;
                            /** @description A string field */
                            name: string;
                            /** @description A relational field */
                            parent?: components["schemas"]["ApiCategoryCategoryDocument"];
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "category/put/categories_by_id": {
        parameters: {
            query?: {
                fields?: ("name" | "level" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[];
                populate?: "*" | ("parent" | "children" | "icon" | "goods") | ("parent" | "children" | "icon" | "goods")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    data: {
                        /** @description A relational field */
                        children?: string[];
                        /**
                         * @description A boolean field
                         * @default true
                         */
                        enabled?: ("0" | "1" | "t" | "true" | "f" | "false") | null;
                        /** @description A relational field */
                        goods?: string[];
                        /** @description A media field */
                        icon?: unknown;
                        /**
                         * @description A float field
                         * @default 1
                         */
                        level?: number;
                        /** @description A string field */
                        name?: string;
                        /**
                         * Format: uuid
                         * @description A relational field
                         */
                        parent?: string;
                        /** @description A datetime field */
                        publishedAt?: string;
                        /**
                         * @description A float field
                         * @default 0
                         */
                        sort?: number;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description A relational field */
                            children?: components["schemas"]["ApiCategoryCategoryDocument"][];
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            /** @description A media field */
                            icon?: components["schemas"]["PluginUploadFileDocument"];
                            id: string | number;
                            /**
                             * @description An integer field
                             * @default 1
                             */
                            level: number;
                            /** @description A string field */
                            name: string;
                            /** @description A relational field */
                            parent?: components["schemas"]["ApiCategoryCategoryDocument"];
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "category/delete/categories_by_id": {
        parameters: {
            query?: {
                fields?: ("name" | "level" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                populate?: "*" | ("parent" | "children" | "icon" | "goods") | ("parent" | "children" | "icon" | "goods")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description A relational field */
                            children?: components["schemas"]["ApiCategoryCategoryDocument"][];
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            /** @description A media field */
                            icon?: components["schemas"]["PluginUploadFileDocument"];
                            id: string | number;
                            /**
                             * @description An integer field
                             * @default 1
                             */
                            level: number;
                            /** @description A string field */
                            name: string;
                            /** @description A relational field */
                            parent?: components["schemas"]["ApiCategoryCategoryDocument"];
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "category/get/categories_tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Category"][];
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "users-permissions/get/connect_____": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 重定向到提供方（302） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description 无权访问：ForbiddenError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "content-type-builder/get/content_type_builder_components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            apiId: string;
                            category: string;
                            schema: {
                                attributes: {
                                    [key: string]: {
                                        allowedTypes?: string[];
                                        /** @constant */
                                        configurable?: false;
                                        multiple: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "media";
                                    } | {
                                        autoPopulate?: boolean;
                                        /** @constant */
                                        configurable?: false;
                                        inversedBy?: string;
                                        mappedBy?: string;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        relation: string;
                                        target: string;
                                        targetAttribute: string | null;
                                        /** @constant */
                                        type: "relation";
                                    } | {
                                        component: string;
                                        /** @constant */
                                        configurable?: false;
                                        max?: number;
                                        min?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        repeatable: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "component";
                                    } | {
                                        components: string[];
                                        /** @constant */
                                        configurable?: false;
                                        max?: number;
                                        min?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "dynamiczone";
                                    } | {
                                        /** @constant */
                                        configurable?: false;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        targetField?: string;
                                        /** @constant */
                                        type: "uid";
                                    } | {
                                        configurable?: boolean;
                                        default?: unknown;
                                        enum?: string[];
                                        max?: number | string;
                                        maxLength?: number;
                                        min?: number | string;
                                        minLength?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        regex?: string;
                                        required?: boolean;
                                        type: string;
                                        unique?: boolean;
                                    };
                                };
                                collectionName?: string;
                                connection?: string;
                                description: string;
                                displayName: string;
                                icon?: string;
                                pluginOptions?: {
                                    [key: string]: unknown;
                                };
                            };
                            uid: string;
                        }[];
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "content-type-builder/get/content_type_builder_components_by_uid": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            apiId: string;
                            category: string;
                            schema: {
                                attributes: {
                                    [key: string]: {
                                        allowedTypes?: string[];
                                        /** @constant */
                                        configurable?: false;
                                        multiple: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "media";
                                    } | {
                                        autoPopulate?: boolean;
                                        /** @constant */
                                        configurable?: false;
                                        inversedBy?: string;
                                        mappedBy?: string;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        relation: string;
                                        target: string;
                                        targetAttribute: string | null;
                                        /** @constant */
                                        type: "relation";
                                    } | {
                                        component: string;
                                        /** @constant */
                                        configurable?: false;
                                        max?: number;
                                        min?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        repeatable: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "component";
                                    } | {
                                        components: string[];
                                        /** @constant */
                                        configurable?: false;
                                        max?: number;
                                        min?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "dynamiczone";
                                    } | {
                                        /** @constant */
                                        configurable?: false;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        targetField?: string;
                                        /** @constant */
                                        type: "uid";
                                    } | {
                                        configurable?: boolean;
                                        default?: unknown;
                                        enum?: string[];
                                        max?: number | string;
                                        maxLength?: number;
                                        min?: number | string;
                                        minLength?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        regex?: string;
                                        required?: boolean;
                                        type: string;
                                        unique?: boolean;
                                    };
                                };
                                collectionName?: string;
                                connection?: string;
                                description: string;
                                displayName: string;
                                icon?: string;
                                pluginOptions?: {
                                    [key: string]: unknown;
                                };
                            };
                            uid: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "content-type-builder/get/content_type_builder_content_types": {
        parameters: {
            query: {
                kind: "collectionType" | "singleType";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            apiID: string;
                            plugin?: string;
                            schema: {
                                attributes: {
                                    [key: string]: {
                                        allowedTypes?: string[];
                                        /** @constant */
                                        configurable?: false;
                                        multiple: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "media";
                                    } | {
                                        autoPopulate?: boolean;
                                        /** @constant */
                                        configurable?: false;
                                        inversedBy?: string;
                                        mappedBy?: string;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        relation: string;
                                        target: string;
                                        targetAttribute: string | null;
                                        /** @constant */
                                        type: "relation";
                                    } | {
                                        component: string;
                                        /** @constant */
                                        configurable?: false;
                                        max?: number;
                                        min?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        repeatable: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "component";
                                    } | {
                                        components: string[];
                                        /** @constant */
                                        configurable?: false;
                                        max?: number;
                                        min?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "dynamiczone";
                                    } | {
                                        /** @constant */
                                        configurable?: false;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        targetField?: string;
                                        /** @constant */
                                        type: "uid";
                                    } | {
                                        configurable?: boolean;
                                        default?: unknown;
                                        enum?: string[];
                                        max?: number | string;
                                        maxLength?: number;
                                        min?: number | string;
                                        minLength?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        regex?: string;
                                        required?: boolean;
                                        type: string;
                                        unique?: boolean;
                                    };
                                };
                                collectionName?: string;
                                comment?: string;
                                description: string;
                                displayName: string;
                                draftAndPublish: boolean;
                                /** @enum {string} */
                                kind: "collectionType" | "singleType";
                                options?: {
                                    [key: string]: unknown;
                                };
                                pluginOptions?: {
                                    [key: string]: unknown;
                                };
                                pluralName: string;
                                populateCreatorFields?: boolean;
                                restrictRelationsTo: string[] | null;
                                reviewWorkflows?: boolean;
                                singularName: string;
                                version?: string;
                                visible: boolean;
                            };
                            uid: string;
                        }[];
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "content-type-builder/get/content_type_builder_content_types_by_uid": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            apiID: string;
                            plugin?: string;
                            schema: {
                                attributes: {
                                    [key: string]: {
                                        allowedTypes?: string[];
                                        /** @constant */
                                        configurable?: false;
                                        multiple: boolean;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "media";
                                    } | {
                                        autoPopulate?: boolean;
                                        /** @constant */
                                        configurable?: false;
                                        inversedBy?: string;
                                        mappedBy?: string;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        relation: string;
                                        target: string;
                                        targetAttribute: string | null;
                                        /** @constant */
                                        type: "relation";
                                    } | {
                                        component: string;
                                        /** @constant */
                                        configurable?: false;
                                        max?: number;
                                        min?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        repeatable: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "component";
                                    } | {
                                        components: string[];
                                        /** @constant */
                                        configurable?: false;
                                        max?: number;
                                        min?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        required?: boolean;
                                        /** @constant */
                                        type: "dynamiczone";
                                    } | {
                                        /** @constant */
                                        configurable?: false;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        targetField?: string;
                                        /** @constant */
                                        type: "uid";
                                    } | {
                                        configurable?: boolean;
                                        default?: unknown;
                                        enum?: string[];
                                        max?: number | string;
                                        maxLength?: number;
                                        min?: number | string;
                                        minLength?: number;
                                        pluginOptions?: {
                                            [key: string]: unknown;
                                        };
                                        private?: boolean;
                                        regex?: string;
                                        required?: boolean;
                                        type: string;
                                        unique?: boolean;
                                    };
                                };
                                collectionName?: string;
                                comment?: string;
                                description: string;
                                displayName: string;
                                draftAndPublish: boolean;
                                /** @enum {string} */
                                kind: "collectionType" | "singleType";
                                options?: {
                                    [key: string]: unknown;
                                };
                                pluginOptions?: {
                                    [key: string]: unknown;
                                };
                                pluralName: string;
                                populateCreatorFields?: boolean;
                                restrictRelationsTo: string[] | null;
                                reviewWorkflows?: boolean;
                                singularName: string;
                                version?: string;
                                visible: boolean;
                            };
                            uid: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "email/post/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    bcc?: string;
                    cc?: string;
                    from?: string;
                    html?: string;
                    replyTo?: string;
                    subject: string;
                    text: string;
                    to: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "good/get/goods": {
        parameters: {
            query?: {
                category?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "sales:desc" | "pointsPrice:asc" | "pointsPrice:desc" | "newest";
                zone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["GoodCard"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "good/get/goods_by_documentId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["GoodDetail"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "i18n/get/i18n_locales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        createdAt: string;
                        /** Format: uuid */
                        documentId: string;
                        id: number;
                        isDefault: boolean;
                        name: string;
                        publishedAt: string | null;
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "mall/get/mall_home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MallHome"];
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "messaging/get/messaging_messages": {
        parameters: {
            query?: {
                channel?: string;
                from?: string;
                page?: number;
                pageSize?: number;
                status?: "pending" | "scheduled" | "sending" | "sent" | "delivered" | "failed" | "canceled";
                to?: string;
            };
            header?: {
                /** @description 随机串，10 分钟内不可重复（租户要求签名时必填） */
                "X-WeDraw-Nonce"?: string;
                /** @description hex(HMAC-SHA256(租户 secret, timestamp\nnonce\n方法\n含查询串的路径\nhex(SHA-256(请求体))))（租户要求签名时必填） */
                "X-WeDraw-Signature"?: string;
                /** @description Unix 秒，与服务器相差 ±300 秒内（租户要求签名时必填） */
                "X-WeDraw-Timestamp"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description 发送账号（渠道有多个账号时） */
                            account: string | null;
                            attempts: number;
                            channel: string;
                            createdAt: string;
                            deliveredAt: string | null;
                            error: {
                                code: string;
                                message: string | null;
                            } | null;
                            /** @description 消息 ID */
                            id: string;
                            /** @description 渠道返回的消息 ID */
                            providerMsgId: string | null;
                            /** @description 定时发送时间 */
                            sendAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "scheduled" | "sending" | "sent" | "delivered" | "failed" | "canceled";
                            /** @description 接收者：openid、userid、邮箱、URL…（随渠道） */
                            to: string;
                        }[];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidKey | InvalidSignature | ReplayedNonce | StaleTimestamp | UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidKey" | "InvalidSignature" | "ReplayedNonce" | "StaleTimestamp" | "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError | TenantSuspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError" | "TenantSuspended";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 依赖的服务暂不可用：Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "Unavailable";
                            /** @constant */
                            status?: 503;
                        };
                    };
                };
            };
        };
    };
    "messaging/post/messaging_messages": {
        parameters: {
            query?: never;
            header?: {
                /** @description 随机串，10 分钟内不可重复（租户要求签名时必填） */
                "X-WeDraw-Nonce"?: string;
                /** @description hex(HMAC-SHA256(租户 secret, timestamp\nnonce\n方法\n含查询串的路径\nhex(SHA-256(请求体))))（租户要求签名时必填） */
                "X-WeDraw-Signature"?: string;
                /** @description Unix 秒，与服务器相差 ±300 秒内（租户要求签名时必填） */
                "X-WeDraw-Timestamp"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    account?: string;
                    /** Format: uri */
                    callbackUrl?: string;
                    channel: string;
                    content?: {
                        [key: string]: unknown;
                    };
                    idempotencyKey?: string;
                    /** Format: date-time */
                    sendAt?: string;
                    template?: string;
                    to: string;
                    variables?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 消息 */
                        data: {
                            /** @description 发送账号（渠道有多个账号时） */
                            account: string | null;
                            attempts: number;
                            channel: string;
                            createdAt: string;
                            deliveredAt: string | null;
                            error: {
                                code: string;
                                message: string | null;
                            } | null;
                            /** @description 消息 ID */
                            id: string;
                            /** @description 渠道返回的消息 ID */
                            providerMsgId: string | null;
                            /** @description 定时发送时间 */
                            sendAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "scheduled" | "sending" | "sent" | "delivered" | "failed" | "canceled";
                            /** @description 接收者：openid、userid、邮箱、URL…（随渠道） */
                            to: string;
                        };
                    };
                };
            };
            /** @description 成功 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 消息 */
                        data: {
                            /** @description 发送账号（渠道有多个账号时） */
                            account: string | null;
                            attempts: number;
                            channel: string;
                            createdAt: string;
                            deliveredAt: string | null;
                            error: {
                                code: string;
                                message: string | null;
                            } | null;
                            /** @description 消息 ID */
                            id: string;
                            /** @description 渠道返回的消息 ID */
                            providerMsgId: string | null;
                            /** @description 定时发送时间 */
                            sendAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "scheduled" | "sending" | "sent" | "delivered" | "failed" | "canceled";
                            /** @description 接收者：openid、userid、邮箱、URL…（随渠道） */
                            to: string;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidKey | InvalidSignature | ReplayedNonce | StaleTimestamp | UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidKey" | "InvalidSignature" | "ReplayedNonce" | "StaleTimestamp" | "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError | TenantSuspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError" | "TenantSuspended";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：AccountUnavailable | TemplateNotFound */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "AccountUnavailable" | "TemplateNotFound";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求体过大：PayloadTooLargeError */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "PayloadTooLargeError";
                            /** @constant */
                            status?: 413;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：QuotaExceeded | RateLimitError | RateLimited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "QuotaExceeded" | "RateLimitError" | "RateLimited";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 依赖的服务暂不可用：Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "Unavailable";
                            /** @constant */
                            status?: 503;
                        };
                    };
                };
            };
        };
    };
    "messaging/get/messaging_messages_by_id": {
        parameters: {
            query?: never;
            header?: {
                /** @description 随机串，10 分钟内不可重复（租户要求签名时必填） */
                "X-WeDraw-Nonce"?: string;
                /** @description hex(HMAC-SHA256(租户 secret, timestamp\nnonce\n方法\n含查询串的路径\nhex(SHA-256(请求体))))（租户要求签名时必填） */
                "X-WeDraw-Signature"?: string;
                /** @description Unix 秒，与服务器相差 ±300 秒内（租户要求签名时必填） */
                "X-WeDraw-Timestamp"?: string;
            };
            path: {
                /** @description 消息 ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 消息 */
                        data: {
                            /** @description 发送账号（渠道有多个账号时） */
                            account: string | null;
                            attempts: number;
                            channel: string;
                            createdAt: string;
                            deliveredAt: string | null;
                            error: {
                                code: string;
                                message: string | null;
                            } | null;
                            /** @description 消息 ID */
                            id: string;
                            /** @description 渠道返回的消息 ID */
                            providerMsgId: string | null;
                            /** @description 定时发送时间 */
                            sendAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "scheduled" | "sending" | "sent" | "delivered" | "failed" | "canceled";
                            /** @description 接收者：openid、userid、邮箱、URL…（随渠道） */
                            to: string;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidKey | InvalidSignature | ReplayedNonce | StaleTimestamp | UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidKey" | "InvalidSignature" | "ReplayedNonce" | "StaleTimestamp" | "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError | TenantSuspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError" | "TenantSuspended";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 依赖的服务暂不可用：Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "Unavailable";
                            /** @constant */
                            status?: 503;
                        };
                    };
                };
            };
        };
    };
    "messaging/post/messaging_messages_by_id_cancel": {
        parameters: {
            query?: never;
            header?: {
                /** @description 随机串，10 分钟内不可重复（租户要求签名时必填） */
                "X-WeDraw-Nonce"?: string;
                /** @description hex(HMAC-SHA256(租户 secret, timestamp\nnonce\n方法\n含查询串的路径\nhex(SHA-256(请求体))))（租户要求签名时必填） */
                "X-WeDraw-Signature"?: string;
                /** @description Unix 秒，与服务器相差 ±300 秒内（租户要求签名时必填） */
                "X-WeDraw-Timestamp"?: string;
            };
            path: {
                /** @description 消息 ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 消息 */
                        data: {
                            /** @description 发送账号（渠道有多个账号时） */
                            account: string | null;
                            attempts: number;
                            channel: string;
                            createdAt: string;
                            deliveredAt: string | null;
                            error: {
                                code: string;
                                message: string | null;
                            } | null;
                            /** @description 消息 ID */
                            id: string;
                            /** @description 渠道返回的消息 ID */
                            providerMsgId: string | null;
                            /** @description 定时发送时间 */
                            sendAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "scheduled" | "sending" | "sent" | "delivered" | "failed" | "canceled";
                            /** @description 接收者：openid、userid、邮箱、URL…（随渠道） */
                            to: string;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidKey | InvalidSignature | ReplayedNonce | StaleTimestamp | UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidKey" | "InvalidSignature" | "ReplayedNonce" | "StaleTimestamp" | "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError | TenantSuspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError" | "TenantSuspended";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：NotCancelable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotCancelable";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 依赖的服务暂不可用：Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "Unavailable";
                            /** @constant */
                            status?: 503;
                        };
                    };
                };
            };
        };
    };
    "messaging/post/messaging_messages_batch": {
        parameters: {
            query?: never;
            header?: {
                /** @description 随机串，10 分钟内不可重复（租户要求签名时必填） */
                "X-WeDraw-Nonce"?: string;
                /** @description hex(HMAC-SHA256(租户 secret, timestamp\nnonce\n方法\n含查询串的路径\nhex(SHA-256(请求体))))（租户要求签名时必填） */
                "X-WeDraw-Signature"?: string;
                /** @description Unix 秒，与服务器相差 ±300 秒内（租户要求签名时必填） */
                "X-WeDraw-Timestamp"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    messages: unknown[];
                };
            };
        };
        responses: {
            /** @description 成功 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            accepted: number;
                            /** @description 接受的消息 ID（按请求中的顺序） */
                            ids: string[];
                            rejected: {
                                error: {
                                    details?: unknown;
                                    message: string;
                                    name: string;
                                };
                                index: number;
                            }[];
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidKey | InvalidSignature | ReplayedNonce | StaleTimestamp | UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidKey" | "InvalidSignature" | "ReplayedNonce" | "StaleTimestamp" | "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError | TenantSuspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError" | "TenantSuspended";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求体过大：PayloadTooLargeError */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "PayloadTooLargeError";
                            /** @constant */
                            status?: 413;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：QuotaExceeded | RateLimitError | RateLimited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "QuotaExceeded" | "RateLimitError" | "RateLimited";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 依赖的服务暂不可用：Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "Unavailable";
                            /** @constant */
                            status?: 503;
                        };
                    };
                };
            };
        };
    };
    "messaging/get/messaging_stats": {
        parameters: {
            query?: {
                channel?: string;
                from?: string;
                to?: string;
            };
            header?: {
                /** @description 随机串，10 分钟内不可重复（租户要求签名时必填） */
                "X-WeDraw-Nonce"?: string;
                /** @description hex(HMAC-SHA256(租户 secret, timestamp\nnonce\n方法\n含查询串的路径\nhex(SHA-256(请求体))))（租户要求签名时必填） */
                "X-WeDraw-Signature"?: string;
                /** @description Unix 秒，与服务器相差 ±300 秒内（租户要求签名时必填） */
                "X-WeDraw-Timestamp"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            byChannel: {
                                [key: string]: {
                                    canceled: number;
                                    delivered: number;
                                    failed: number;
                                    sent: number;
                                    total: number;
                                };
                            };
                            canceled: number;
                            delivered: number;
                            failed: number;
                            latencyMs: {
                                p50: number | null;
                                p95: number | null;
                            };
                            pending: number;
                            quota: {
                                dailyLimit: number;
                                usedToday: number;
                            };
                            sent: number;
                            /** @description 送达 / (送达 + 失败)，没有结束的消息时为 null */
                            successRate: number | null;
                            total: number;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidKey | InvalidSignature | ReplayedNonce | StaleTimestamp | UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidKey" | "InvalidSignature" | "ReplayedNonce" | "StaleTimestamp" | "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError | TenantSuspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError" | "TenantSuspended";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 依赖的服务暂不可用：Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "Unavailable";
                            /** @constant */
                            status?: 503;
                        };
                    };
                };
            };
        };
    };
    "ops/get/monitor_health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        firingCritical: number;
                        services: {
                            name: string;
                            /** @description up / down / disabled / inline */
                            status: string;
                        }[];
                        /**
                         * @description down：某个依赖不可用（503）；degraded：有严重告警在触发
                         * @enum {string}
                         */
                        status: "up" | "degraded" | "down";
                        /** @description 本实例运行秒数 */
                        uptime: number;
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 成功 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        firingCritical: number;
                        services: {
                            name: string;
                            /** @description up / down / disabled / inline */
                            status: string;
                        }[];
                        /**
                         * @description down：某个依赖不可用（503）；degraded：有严重告警在触发
                         * @enum {string}
                         */
                        status: "up" | "degraded" | "down";
                        /** @description 本实例运行秒数 */
                        uptime: number;
                    };
                };
            };
        };
    };
    "pay/get/pay_merchant_orders": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amount: number;
                            /** @enum {string} */
                            channel: "jsapi" | "miniprogram" | "native";
                            codeUrl?: string;
                            createdAt: string;
                            expiresAt: string | null;
                            flag: string | null;
                            merchant: {
                                code: string;
                                name: string;
                            };
                            orderNo: string;
                            paidAt: string | null;
                            payCode: string | null;
                            payParams?: {
                                appId: string;
                                nonceStr: string;
                                package: string;
                                paySign: string;
                                /** @constant */
                                signType: "RSA";
                                timeStamp: string;
                            };
                            points: {
                                awarded: number;
                                clawedBack: number;
                                note: string | null;
                            };
                            refundedAmount: number;
                            /** @enum {string} */
                            review: "none" | "held" | "released";
                            /** @enum {string} */
                            status: "pending" | "paid" | "closed" | "refunding" | "refunded" | "partially_refunded";
                        }[];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "pay/get/pay_merchant_summary": {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amount: number;
                            count: number;
                            date: string;
                            merchant: {
                                code: string;
                                name: string;
                            };
                            refunds: number;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "pay/get/pay_merchants_by_code": {
        parameters: {
            query?: {
                payCode?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            code: string;
                            logo: string | null;
                            name: string;
                            payCode: {
                                amount: number | null;
                                code: string;
                            } | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "pay/post/pay_notify_by_mchId": {
        parameters: {
            query?: never;
            header: {
                "wechatpay-nonce": string;
                "wechatpay-serial": string;
                "wechatpay-signature": string;
                "wechatpay-timestamp": string;
            };
            path: {
                mchId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    event_type: string;
                    id: string;
                    resource: {
                        [key: string]: unknown;
                    };
                    resource_type: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 参数错误（details.errors 逐个字段说明）：DecryptFailed | ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "DecryptFailed" | "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidSignature | StaleTimestamp */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidSignature" | "StaleTimestamp";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFound | NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFound" | "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求体过大：PayloadTooLarge */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "PayloadTooLarge";
                            /** @constant */
                            status?: 413;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "pay/get/pay_orders": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amount: number;
                            /** @enum {string} */
                            channel: "jsapi" | "miniprogram" | "native";
                            codeUrl?: string;
                            createdAt: string;
                            expiresAt: string | null;
                            flag: string | null;
                            merchant: {
                                code: string;
                                name: string;
                            };
                            orderNo: string;
                            paidAt: string | null;
                            payCode: string | null;
                            payParams?: {
                                appId: string;
                                nonceStr: string;
                                package: string;
                                paySign: string;
                                /** @constant */
                                signType: "RSA";
                                timeStamp: string;
                            };
                            points: {
                                awarded: number;
                                clawedBack: number;
                                note: string | null;
                            };
                            refundedAmount: number;
                            /** @enum {string} */
                            review: "none" | "held" | "released";
                            /** @enum {string} */
                            status: "pending" | "paid" | "closed" | "refunding" | "refunded" | "partially_refunded";
                        }[];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "pay/post/pay_orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    /** @enum {string} */
                    channel: "jsapi" | "miniprogram" | "native";
                    idempotencyKey: string;
                    merchant: string;
                    payCode?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amount: number;
                            /** @enum {string} */
                            channel: "jsapi" | "miniprogram" | "native";
                            codeUrl?: string;
                            createdAt: string;
                            expiresAt: string | null;
                            flag: string | null;
                            merchant: {
                                code: string;
                                name: string;
                            };
                            orderNo: string;
                            paidAt: string | null;
                            payCode: string | null;
                            payParams?: {
                                appId: string;
                                nonceStr: string;
                                package: string;
                                paySign: string;
                                /** @constant */
                                signType: "RSA";
                                timeStamp: string;
                            };
                            points: {
                                awarded: number;
                                clawedBack: number;
                                note: string | null;
                            };
                            refundedAmount: number;
                            /** @enum {string} */
                            review: "none" | "held" | "released";
                            /** @enum {string} */
                            status: "pending" | "paid" | "closed" | "refunding" | "refunded" | "partially_refunded";
                        };
                    };
                };
            };
            /** @description 成功 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amount: number;
                            /** @enum {string} */
                            channel: "jsapi" | "miniprogram" | "native";
                            codeUrl?: string;
                            createdAt: string;
                            expiresAt: string | null;
                            flag: string | null;
                            merchant: {
                                code: string;
                                name: string;
                            };
                            orderNo: string;
                            paidAt: string | null;
                            payCode: string | null;
                            payParams?: {
                                appId: string;
                                nonceStr: string;
                                package: string;
                                paySign: string;
                                /** @constant */
                                signType: "RSA";
                                timeStamp: string;
                            };
                            points: {
                                awarded: number;
                                clawedBack: number;
                                note: string | null;
                            };
                            refundedAmount: number;
                            /** @enum {string} */
                            review: "none" | "held" | "released";
                            /** @enum {string} */
                            status: "pending" | "paid" | "closed" | "refunding" | "refunded" | "partially_refunded";
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：MerchantClosed | RiskBlocked | WechatNotLinked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "MerchantClosed" | "RiskBlocked" | "WechatNotLinked";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：PayUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "PayUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "pay/get/pay_orders_by_orderNo": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amount: number;
                            /** @enum {string} */
                            channel: "jsapi" | "miniprogram" | "native";
                            codeUrl?: string;
                            createdAt: string;
                            expiresAt: string | null;
                            flag: string | null;
                            merchant: {
                                code: string;
                                name: string;
                            };
                            orderNo: string;
                            paidAt: string | null;
                            payCode: string | null;
                            payParams?: {
                                appId: string;
                                nonceStr: string;
                                package: string;
                                paySign: string;
                                /** @constant */
                                signType: "RSA";
                                timeStamp: string;
                            };
                            points: {
                                awarded: number;
                                clawedBack: number;
                                note: string | null;
                            };
                            refundedAmount: number;
                            /** @enum {string} */
                            review: "none" | "held" | "released";
                            /** @enum {string} */
                            status: "pending" | "paid" | "closed" | "refunding" | "refunded" | "partially_refunded";
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "pay/post/pay_refund_notify_by_mchId": {
        parameters: {
            query?: never;
            header: {
                "wechatpay-nonce": string;
                "wechatpay-serial": string;
                "wechatpay-signature": string;
                "wechatpay-timestamp": string;
            };
            path: {
                mchId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    event_type: string;
                    id: string;
                    resource: {
                        [key: string]: unknown;
                    };
                    resource_type: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 参数错误（details.errors 逐个字段说明）：DecryptFailed | ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "DecryptFailed" | "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidSignature | StaleTimestamp */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidSignature" | "StaleTimestamp";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFound | NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFound" | "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求体过大：PayloadTooLarge */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "PayloadTooLarge";
                            /** @constant */
                            status?: 413;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "pay/post/pay_refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    idempotencyKey: string;
                    orderNo: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amount: number;
                            createdAt: string;
                            finishedAt: string | null;
                            orderNo: string;
                            points: {
                                clawedBack: number;
                                shortfall: number;
                            };
                            reason: string | null;
                            refundNo: string;
                            /** @enum {string} */
                            status: "processing" | "success" | "failed" | "closed";
                        };
                    };
                };
            };
            /** @description 成功 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amount: number;
                            createdAt: string;
                            finishedAt: string | null;
                            orderNo: string;
                            points: {
                                clawedBack: number;
                                shortfall: number;
                            };
                            reason: string | null;
                            refundNo: string;
                            /** @enum {string} */
                            status: "processing" | "success" | "failed" | "closed";
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：NotPaid | RefundExceedsPaid | RefundRefused */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotPaid" | "RefundExceedsPaid" | "RefundRefused";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：PayUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "PayUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "points/post/points_adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    delta: number;
                    idempotencyKey: string;
                    reason: string;
                    user: number;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            day: string | null;
                            idempotencyKey: string | null;
                            operator: string | null;
                            refId: string | null;
                            remaining: number | null;
                        };
                    };
                };
            };
            /** @description 成功 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            day: string | null;
                            idempotencyKey: string | null;
                            operator: string | null;
                            refId: string | null;
                            remaining: number | null;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：InsufficientPoints */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InsufficientPoints";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "points/post/points_checkin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CheckinResult"];
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：AlreadyCheckedIn | RuleDisabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "AlreadyCheckedIn" | "RuleDisabled";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "points/get/points_exchanges": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "pending_review" | "to_ship" | "shipped" | "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ExchangeOrder"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "points/post/points_exchanges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string;
                    idempotencyKey?: string;
                    quantity: number;
                    sku: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ExchangeOrder"];
                    };
                };
            };
            /** @description 成功 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ExchangeOrder"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：InsufficientPoints | LimitExceeded | NotOnShelf | OutOfStock | PriceChanged */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InsufficientPoints" | "LimitExceeded" | "NotOnShelf" | "OutOfStock" | "PriceChanged";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "points/get/points_exchanges_by_orderNo": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ExchangeOrder"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "points/post/points_exchanges_by_orderNo_cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ExchangeOrder"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：NotCancellable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotCancellable";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "points/get/points_me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PointsSummary"];
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "points/get/points_me_transactions": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["LedgerLine"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "sku/get/skus": {
        parameters: {
            query?: {
                _q?: string;
                fields?: ("specs" | "pointsPrice" | "cashPrice" | "stock" | "sales" | "code" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                "pagination[limit]"?: number;
                "pagination[page]"?: number;
                "pagination[pageSize]"?: number;
                "pagination[start]"?: number;
                "pagination[withCount]"?: boolean;
                populate?: "*" | "good" | "good"[];
                sort?: ("specs" | "pointsPrice" | "cashPrice" | "stock" | "sales" | "code" | "createdAt" | "updatedAt" | "publishedAt") | ("specs" | "pointsPrice" | "cashPrice" | "stock" | "sales" | "code" | "createdAt" | "updatedAt" | "publishedAt")[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            cashPrice: number;
                            /** @description A string field */
                            code?: string;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /** @description A relational field */
                            good?: components["schemas"]["ApiGoodGoodDocument"];
                            id: string | number;
                            /** @description An integer field */
                            pointsPrice: number;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sales: number;
                            /** @description A JSON field */
                            specs?: unknown;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            stock: number;
                            /** @description A datetime field */
                            updatedAt?: string;
                        }[];
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "sku/post/skus": {
        parameters: {
            query?: {
                fields?: ("specs" | "pointsPrice" | "cashPrice" | "stock" | "sales" | "code" | "createdAt" | "updatedAt" | "publishedAt")[];
                populate?: "*" | "good" | "good"[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    data: {
                        /**
                         * @description A float field
                         * @default 0
                         */
                        cashPrice: number;
                        /** @description A string field */
                        code?: string;
                        /**
                         * Format: uuid
                         * @description A relational field
                         */
                        good?: string;
                        /** @description A float field */
                        pointsPrice: number;
                        /** @description A datetime field */
                        publishedAt: string;
                        /**
                         * @description A float field
                         * @default 0
                         */
                        sales: number;
                        /** @description A JSON field */
                        specs?: unknown;
                        /**
                         * @description A float field
                         * @default 0
                         */
                        stock: number;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            cashPrice: number;
                            /** @description A string field */
                            code?: string;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /** @description A relational field */
                            good?: components["schemas"]["ApiGoodGoodDocument"];
                            id: string | number;
                            /** @description An integer field */
                            pointsPrice: number;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sales: number;
                            /** @description A JSON field */
                            specs?: unknown;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            stock: number;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "sku/get/skus_by_id": {
        parameters: {
            query?: {
                fields?: ("specs" | "pointsPrice" | "cashPrice" | "stock" | "sales" | "code" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                populate?: "*" | "good" | "good"[];
                sort?: ("specs" | "pointsPrice" | "cashPrice" | "stock" | "sales" | "code" | "createdAt" | "updatedAt" | "publishedAt") | ("specs" | "pointsPrice" | "cashPrice" | "stock" | "sales" | "code" | "createdAt" | "updatedAt" | "publishedAt")[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            cashPrice: number;
                            /** @description A string field */
                            code?: string;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /** @description A relational field */
                            good?: components["schemas"]["ApiGoodGoodDocument"];
                            id: string | number;
                            /** @description An integer field */
                            pointsPrice: number;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sales: number;
                            /** @description A JSON field */
                            specs?: unknown;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            stock: number;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "sku/put/skus_by_id": {
        parameters: {
            query?: {
                fields?: ("specs" | "pointsPrice" | "cashPrice" | "stock" | "sales" | "code" | "createdAt" | "updatedAt" | "publishedAt")[];
                populate?: "*" | "good" | "good"[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    data: {
                        /**
                         * @description A float field
                         * @default 0
                         */
                        cashPrice?: number;
                        /** @description A string field */
                        code?: string;
                        /**
                         * Format: uuid
                         * @description A relational field
                         */
                        good?: string;
                        /** @description A float field */
                        pointsPrice?: number;
                        /** @description A datetime field */
                        publishedAt?: string;
                        /**
                         * @description A float field
                         * @default 0
                         */
                        sales?: number;
                        /** @description A JSON field */
                        specs?: unknown;
                        /**
                         * @description A float field
                         * @default 0
                         */
                        stock?: number;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            cashPrice: number;
                            /** @description A string field */
                            code?: string;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /** @description A relational field */
                            good?: components["schemas"]["ApiGoodGoodDocument"];
                            id: string | number;
                            /** @description An integer field */
                            pointsPrice: number;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sales: number;
                            /** @description A JSON field */
                            specs?: unknown;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            stock: number;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "sku/delete/skus_by_id": {
        parameters: {
            query?: {
                fields?: ("specs" | "pointsPrice" | "cashPrice" | "stock" | "sales" | "code" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                populate?: "*" | "good" | "good"[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            cashPrice: number;
                            /** @description A string field */
                            code?: string;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /** @description A relational field */
                            good?: components["schemas"]["ApiGoodGoodDocument"];
                            id: string | number;
                            /** @description An integer field */
                            pointsPrice: number;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sales: number;
                            /** @description A JSON field */
                            specs?: unknown;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            stock: number;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "upload/post/upload": {
        parameters: {
            query?: {
                id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description 一个或多个文件 */
                    files?: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alternativeText?: string | null;
                        caption?: string | null;
                        createdAt: string;
                        createdBy?: number;
                        /** Format: uuid */
                        documentId: string;
                        ext?: string;
                        folder?: number;
                        folderPath: string;
                        formats?: {
                            [key: string]: unknown;
                        };
                        hash: string;
                        height?: number;
                        id: number;
                        mime: string;
                        name: string;
                        previewUrl?: string | null;
                        provider: string;
                        provider_metadata?: {
                            [key: string]: unknown;
                        } | null;
                        size: number;
                        updatedAt: string;
                        updatedBy?: number;
                        url: string;
                        width?: number;
                    } | {
                        alternativeText?: string | null;
                        caption?: string | null;
                        createdAt: string;
                        createdBy?: number;
                        /** Format: uuid */
                        documentId: string;
                        ext?: string;
                        folder?: number;
                        folderPath: string;
                        formats?: {
                            [key: string]: unknown;
                        };
                        hash: string;
                        height?: number;
                        id: number;
                        mime: string;
                        name: string;
                        previewUrl?: string | null;
                        provider: string;
                        provider_metadata?: {
                            [key: string]: unknown;
                        } | null;
                        size: number;
                        updatedAt: string;
                        updatedBy?: number;
                        url: string;
                        width?: number;
                    }[];
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "upload/get/upload_files": {
        parameters: {
            query?: {
                fields?: string | string[];
                filters?: {
                    [key: string]: unknown;
                };
                "pagination[limit]"?: number;
                "pagination[page]"?: number;
                "pagination[pageSize]"?: number;
                "pagination[start]"?: number;
                "pagination[withCount]"?: boolean;
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
                sort?: string | string[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alternativeText?: string | null;
                        caption?: string | null;
                        createdAt: string;
                        createdBy?: number;
                        /** Format: uuid */
                        documentId: string;
                        ext?: string;
                        folder?: number;
                        folderPath: string;
                        formats?: {
                            [key: string]: unknown;
                        };
                        hash: string;
                        height?: number;
                        id: number;
                        mime: string;
                        name: string;
                        previewUrl?: string | null;
                        provider: string;
                        provider_metadata?: {
                            [key: string]: unknown;
                        } | null;
                        size: number;
                        updatedAt: string;
                        updatedBy?: number;
                        url: string;
                        width?: number;
                    }[];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "upload/get/upload_files_by_id": {
        parameters: {
            query?: {
                fields?: string | string[];
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alternativeText?: string | null;
                        caption?: string | null;
                        createdAt: string;
                        createdBy?: number;
                        /** Format: uuid */
                        documentId: string;
                        ext?: string;
                        folder?: number;
                        folderPath: string;
                        formats?: {
                            [key: string]: unknown;
                        };
                        hash: string;
                        height?: number;
                        id: number;
                        mime: string;
                        name: string;
                        previewUrl?: string | null;
                        provider: string;
                        provider_metadata?: {
                            [key: string]: unknown;
                        } | null;
                        size: number;
                        updatedAt: string;
                        updatedBy?: number;
                        url: string;
                        width?: number;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "upload/delete/upload_files_by_id": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alternativeText?: string | null;
                        caption?: string | null;
                        createdAt: string;
                        createdBy?: number;
                        /** Format: uuid */
                        documentId: string;
                        ext?: string;
                        folder?: number;
                        folderPath: string;
                        formats?: {
                            [key: string]: unknown;
                        };
                        hash: string;
                        height?: number;
                        id: number;
                        mime: string;
                        name: string;
                        previewUrl?: string | null;
                        provider: string;
                        provider_metadata?: {
                            [key: string]: unknown;
                        } | null;
                        size: number;
                        updatedAt: string;
                        updatedBy?: number;
                        url: string;
                        width?: number;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "upload/get/upload_files_page": {
        parameters: {
            query?: {
                fields?: string | string[];
                filters?: {
                    [key: string]: unknown;
                };
                "pagination[limit]"?: number;
                "pagination[page]"?: number;
                "pagination[pageSize]"?: number;
                "pagination[start]"?: number;
                "pagination[withCount]"?: boolean;
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
                sort?: string | string[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            alternativeText?: string | null;
                            caption?: string | null;
                            createdAt: string;
                            createdBy?: number;
                            /** Format: uuid */
                            documentId: string;
                            ext?: string;
                            folder?: number;
                            folderPath: string;
                            formats?: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            height?: number;
                            id: number;
                            mime: string;
                            name: string;
                            previewUrl?: string | null;
                            provider: string;
                            provider_metadata?: {
                                [key: string]: unknown;
                            } | null;
                            size: number;
                            updatedAt: string;
                            updatedBy?: number;
                            url: string;
                            width?: number;
                        }[];
                        meta: {
                            pagination: {
                                page: number;
                                pageCount?: number;
                                pageSize: number;
                                total?: number;
                            } | {
                                limit: number;
                                start: number;
                                total?: number;
                            };
                        };
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/get/users": {
        parameters: {
            query?: {
                fields?: string | string[];
                filters?: {
                    [key: string]: unknown;
                };
                "pagination[limit]"?: number;
                "pagination[page]"?: number;
                "pagination[pageSize]"?: number;
                "pagination[start]"?: number;
                "pagination[withCount]"?: boolean;
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
                sort?: string | string[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blocked: boolean;
                        confirmed: boolean;
                        createdAt: string;
                        documentId: string;
                        email: string;
                        id: number;
                        provider: string;
                        publishedAt: string;
                        role?: number | {
                            createdAt: string;
                            description: string | null;
                            id: number;
                            name: string;
                            type: string;
                            updatedAt: string;
                        };
                        updatedAt: string;
                        username: string;
                    }[];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/post/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    role?: number | string | {
                        connect?: {
                            documentId?: string;
                            id?: number | string;
                        }[];
                        disconnect?: {
                            documentId?: string;
                            id?: number | string;
                        }[];
                    };
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blocked: boolean;
                        confirmed: boolean;
                        createdAt: string;
                        documentId: string;
                        email: string;
                        id: number;
                        provider: string;
                        publishedAt: string;
                        role?: number | {
                            createdAt: string;
                            description: string | null;
                            id: number;
                            name: string;
                            type: string;
                            updatedAt: string;
                        };
                        updatedAt: string;
                        username: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/get/users_permissions_permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        permissions: {
                            [key: string]: {
                                controllers: {
                                    [key: string]: {
                                        [key: string]: {
                                            enabled: boolean;
                                            policy: string;
                                        };
                                    };
                                };
                            };
                        };
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/get/users_permissions_roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roles: {
                            createdAt: string;
                            description: string | null;
                            documentId: string;
                            id: number;
                            name: string;
                            nb_users?: number;
                            permissions?: {
                                [key: string]: {
                                    controllers: {
                                        [key: string]: {
                                            [key: string]: {
                                                enabled: boolean;
                                                policy: string;
                                            };
                                        };
                                    };
                                };
                            };
                            publishedAt: string;
                            type: string;
                            updatedAt: string;
                            users?: unknown[];
                        }[];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/post/users_permissions_roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    description?: string;
                    name: string;
                    permissions?: {
                        [key: string]: unknown;
                    };
                    type: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/get/users_permissions_roles_by_id": {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        role: {
                            createdAt: string;
                            description: string | null;
                            documentId: string;
                            id: number;
                            name: string;
                            nb_users?: number;
                            permissions?: {
                                [key: string]: {
                                    controllers: {
                                        [key: string]: {
                                            [key: string]: {
                                                enabled: boolean;
                                                policy: string;
                                            };
                                        };
                                    };
                                };
                            };
                            publishedAt: string;
                            type: string;
                            updatedAt: string;
                            users?: unknown[];
                        };
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/put/users_permissions_roles_by_role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    description?: string;
                    name?: string;
                    permissions?: {
                        [key: string]: unknown;
                    };
                    type?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/delete/users_permissions_roles_by_role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/get/users_by_id": {
        parameters: {
            query?: {
                fields?: string | string[];
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blocked: boolean;
                        confirmed: boolean;
                        createdAt: string;
                        documentId: string;
                        email: string;
                        id: number;
                        provider: string;
                        publishedAt: string;
                        role?: number | {
                            createdAt: string;
                            description: string | null;
                            id: number;
                            name: string;
                            type: string;
                            updatedAt: string;
                        };
                        updatedAt: string;
                        username: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/put/users_by_id": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    password?: string;
                    role?: number | string | {
                        connect?: {
                            documentId?: string;
                            id?: number | string;
                        }[];
                        disconnect?: {
                            documentId?: string;
                            id?: number | string;
                        }[];
                    };
                    username?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blocked: boolean;
                        confirmed: boolean;
                        createdAt: string;
                        documentId: string;
                        email: string;
                        id: number;
                        provider: string;
                        publishedAt: string;
                        role?: number | {
                            createdAt: string;
                            description: string | null;
                            id: number;
                            name: string;
                            type: string;
                            updatedAt: string;
                        };
                        updatedAt: string;
                        username: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/delete/users_by_id": {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blocked: boolean;
                        confirmed: boolean;
                        createdAt: string;
                        documentId: string;
                        email: string;
                        id: number;
                        provider: string;
                        publishedAt: string;
                        role?: number | {
                            createdAt: string;
                            description: string | null;
                            id: number;
                            name: string;
                            type: string;
                            updatedAt: string;
                        };
                        updatedAt: string;
                        username: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/get/users_count": {
        parameters: {
            query?: {
                filters?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number;
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "users-permissions/get/users_me": {
        parameters: {
            query?: {
                fields?: string | string[];
                populate?: "*" | string | string[] | {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blocked: boolean;
                        confirmed: boolean;
                        createdAt: string;
                        documentId: string;
                        email: string;
                        id: number;
                        provider: string;
                        publishedAt: string;
                        role?: number | {
                            createdAt: string;
                            description: string | null;
                            id: number;
                            name: string;
                            type: string;
                            updatedAt: string;
                        };
                        updatedAt: string;
                        username: string;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/get/wechat_callback_by_appId": {
        parameters: {
            query: {
                echostr: string;
                encrypt_type?: "aes";
                /** @description 安全模式：sha1(sort(token, timestamp, nonce, Encrypt)) */
                msg_signature?: string;
                nonce: string;
                openid?: string;
                /** @description 明文/兼容模式：sha1(sort(token, timestamp, nonce)) */
                signature?: string;
                timestamp: string;
            };
            header?: never;
            path: {
                /** @description 公众号或小程序 AppID */
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 签名正确：原样返回 echostr */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：EncryptionRequired | InvalidSignature | StaleTimestamp */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "EncryptionRequired" | "InvalidSignature" | "StaleTimestamp";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFound | NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFound" | "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/post/wechat_callback_by_appId": {
        parameters: {
            query: {
                encrypt_type?: "aes";
                /** @description 安全模式：sha1(sort(token, timestamp, nonce, Encrypt)) */
                msg_signature?: string;
                nonce: string;
                openid?: string;
                /** @description 明文/兼容模式：sha1(sort(token, timestamp, nonce)) */
                signature?: string;
                timestamp: string;
            };
            header?: never;
            path: {
                /** @description 公众号或小程序 AppID */
                appId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/xml": string;
            };
        };
        responses: {
            /** @description 被动回复 XML（安全模式下加密），或 success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：DecryptFailed | InvalidXml | ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "DecryptFailed" | "InvalidXml" | "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：EncryptionRequired | InvalidSignature | StaleTimestamp */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "EncryptionRequired" | "InvalidSignature" | "StaleTimestamp";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFound | NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFound" | "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求体过大：PayloadTooLarge */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "PayloadTooLarge";
                            /** @constant */
                            status?: 413;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/get/wechat_fans": {
        parameters: {
            query?: {
                appId?: string;
                page?: string;
                pageSize?: string;
                q?: string;
                subscribed?: "true" | "false";
                subscribedFrom?: string;
                subscribedTo?: string;
                tagId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                        meta: {
                            pagination: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/get/wechat_fans_by_documentId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/post/wechat_fans_sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    appId?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：SyncInProgress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "SyncInProgress";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/get/wechat_fans_sync_runs": {
        parameters: {
            query?: {
                appId?: string;
                page?: string;
                pageSize?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                        meta: {
                            pagination: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/get/wechat_fans_sync_runs_by_documentId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/post/wechat_fans_sync_runs_by_documentId_resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：SyncFinished | SyncInProgress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "SyncFinished" | "SyncInProgress";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/get/wechat_jssdk_config": {
        parameters: {
            query: {
                appId?: string;
                url: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appId: string;
                        nonceStr: string;
                        signature: string;
                        timestamp: number;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WeChatUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WeChatUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wechat/get/wechat_menus_by_appId": {
        parameters: {
            query?: {
                keys?: string;
            };
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            appId: string;
                            bindings: {
                                /** @description 插件在该 KEY 上登记的动作（如「每日签到」）；null 为没有 */
                                action: string | null;
                                key: string;
                                /** @description 点击该 KEY 时回复的关键词回复；null 为不回复 */
                                reply: {
                                    contentType: string;
                                    documentId: string;
                                    enabled: boolean;
                                    id: number;
                                    keywords: string[];
                                    matchType: string;
                                    name: string;
                                    preview: string;
                                } | null;
                            }[];
                            draft: {
                                button: {
                                    /** @description miniprogram：小程序 AppID */
                                    appid?: string;
                                    /** @description article_id / article_view_limited */
                                    article_id?: string;
                                    /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                    key?: string;
                                    /** @description media_id / view_limited */
                                    media_id?: string;
                                    /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                    name: string;
                                    /** @description miniprogram：页面路径 */
                                    pagepath?: string;
                                    sub_button?: {
                                        /** @description miniprogram：小程序 AppID */
                                        appid?: string;
                                        /** @description article_id / article_view_limited */
                                        article_id?: string;
                                        /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                        key?: string;
                                        /** @description media_id / view_limited */
                                        media_id?: string;
                                        /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                        name: string;
                                        /** @description miniprogram：页面路径 */
                                        pagepath?: string;
                                        /**
                                         * @description 按钮类型（有子菜单的一级菜单不设）
                                         * @enum {string}
                                         */
                                        type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                        /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                        url?: string;
                                    }[];
                                    /**
                                     * @description 按钮类型（有子菜单的一级菜单不设）
                                     * @enum {string}
                                     */
                                    type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                    /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                    url?: string;
                                }[];
                            };
                            draftUpdatedAt: string | null;
                            draftUpdatedBy: string | null;
                            lastError: {
                                /** @enum {string} */
                                action: "publish" | "pull";
                                at: string;
                                by: string;
                                errcode: number | null;
                                errmsg: string | null;
                                message: string;
                            } | null;
                            lastPublishedAt: string | null;
                            lastPublishedBy: string | null;
                            lastPulledAt: string | null;
                            /** @description 线上菜单（上次发布或拉取的结果）；null 为从未发布或拉取 */
                            live: {
                                button: {
                                    /** @description miniprogram：小程序 AppID */
                                    appid?: string;
                                    /** @description article_id / article_view_limited */
                                    article_id?: string;
                                    /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                    key?: string;
                                    /** @description media_id / view_limited */
                                    media_id?: string;
                                    /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                    name: string;
                                    /** @description miniprogram：页面路径 */
                                    pagepath?: string;
                                    sub_button?: {
                                        /** @description miniprogram：小程序 AppID */
                                        appid?: string;
                                        /** @description article_id / article_view_limited */
                                        article_id?: string;
                                        /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                        key?: string;
                                        /** @description media_id / view_limited */
                                        media_id?: string;
                                        /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                        name: string;
                                        /** @description miniprogram：页面路径 */
                                        pagepath?: string;
                                        /**
                                         * @description 按钮类型（有子菜单的一级菜单不设）
                                         * @enum {string}
                                         */
                                        type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                        /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                        url?: string;
                                    }[];
                                    /**
                                     * @description 按钮类型（有子菜单的一级菜单不设）
                                     * @enum {string}
                                     */
                                    type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                    /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                    url?: string;
                                }[];
                            } | null;
                            /** @description 草稿不符合微信规则之处；非空时不能发布 */
                            problems: {
                                message: string;
                                path: (string | number)[];
                            }[];
                            unpublishedChanges: boolean;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/put/wechat_menus_by_appId_click_replies_by_key": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                    replyId?: number;
                    text?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description 插件在该 KEY 上登记的动作（如「每日签到」）；null 为没有 */
                            action: string | null;
                            key: string;
                            /** @description 点击该 KEY 时回复的关键词回复；null 为不回复 */
                            reply: {
                                contentType: string;
                                documentId: string;
                                enabled: boolean;
                                id: number;
                                keywords: string[];
                                matchType: string;
                                name: string;
                                preview: string;
                            } | null;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/delete/wechat_menus_by_appId_click_replies_by_key": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description 插件在该 KEY 上登记的动作（如「每日签到」）；null 为没有 */
                            action: string | null;
                            key: string;
                            /** @description 点击该 KEY 时回复的关键词回复；null 为不回复 */
                            reply: {
                                contentType: string;
                                documentId: string;
                                enabled: boolean;
                                id: number;
                                keywords: string[];
                                matchType: string;
                                name: string;
                                preview: string;
                            } | null;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/put/wechat_menus_by_appId_draft": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    button: {
                        /** @description miniprogram：小程序 AppID */
                        appid?: string;
                        /** @description article_id / article_view_limited */
                        article_id?: string;
                        /** @description click 等事件类型的 KEY，≤ 128 字节 */
                        key?: string;
                        /** @description media_id / view_limited */
                        media_id?: string;
                        /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                        name: string;
                        /** @description miniprogram：页面路径 */
                        pagepath?: string;
                        sub_button?: {
                            /** @description miniprogram：小程序 AppID */
                            appid?: string;
                            /** @description article_id / article_view_limited */
                            article_id?: string;
                            /** @description click 等事件类型的 KEY，≤ 128 字节 */
                            key?: string;
                            /** @description media_id / view_limited */
                            media_id?: string;
                            /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                            name: string;
                            /** @description miniprogram：页面路径 */
                            pagepath?: string;
                            /**
                             * @description 按钮类型（有子菜单的一级菜单不设）
                             * @enum {string}
                             */
                            type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                            /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                            url?: string;
                        }[];
                        /**
                         * @description 按钮类型（有子菜单的一级菜单不设）
                         * @enum {string}
                         */
                        type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                        /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                        url?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            appId: string;
                            draft: {
                                button: {
                                    /** @description miniprogram：小程序 AppID */
                                    appid?: string;
                                    /** @description article_id / article_view_limited */
                                    article_id?: string;
                                    /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                    key?: string;
                                    /** @description media_id / view_limited */
                                    media_id?: string;
                                    /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                    name: string;
                                    /** @description miniprogram：页面路径 */
                                    pagepath?: string;
                                    sub_button?: {
                                        /** @description miniprogram：小程序 AppID */
                                        appid?: string;
                                        /** @description article_id / article_view_limited */
                                        article_id?: string;
                                        /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                        key?: string;
                                        /** @description media_id / view_limited */
                                        media_id?: string;
                                        /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                        name: string;
                                        /** @description miniprogram：页面路径 */
                                        pagepath?: string;
                                        /**
                                         * @description 按钮类型（有子菜单的一级菜单不设）
                                         * @enum {string}
                                         */
                                        type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                        /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                        url?: string;
                                    }[];
                                    /**
                                     * @description 按钮类型（有子菜单的一级菜单不设）
                                     * @enum {string}
                                     */
                                    type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                    /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                    url?: string;
                                }[];
                            };
                            draftUpdatedAt: string | null;
                            draftUpdatedBy: string | null;
                            lastError: {
                                /** @enum {string} */
                                action: "publish" | "pull";
                                at: string;
                                by: string;
                                errcode: number | null;
                                errmsg: string | null;
                                message: string;
                            } | null;
                            lastPublishedAt: string | null;
                            lastPublishedBy: string | null;
                            lastPulledAt: string | null;
                            /** @description 线上菜单（上次发布或拉取的结果）；null 为从未发布或拉取 */
                            live: {
                                button: {
                                    /** @description miniprogram：小程序 AppID */
                                    appid?: string;
                                    /** @description article_id / article_view_limited */
                                    article_id?: string;
                                    /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                    key?: string;
                                    /** @description media_id / view_limited */
                                    media_id?: string;
                                    /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                    name: string;
                                    /** @description miniprogram：页面路径 */
                                    pagepath?: string;
                                    sub_button?: {
                                        /** @description miniprogram：小程序 AppID */
                                        appid?: string;
                                        /** @description article_id / article_view_limited */
                                        article_id?: string;
                                        /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                        key?: string;
                                        /** @description media_id / view_limited */
                                        media_id?: string;
                                        /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                        name: string;
                                        /** @description miniprogram：页面路径 */
                                        pagepath?: string;
                                        /**
                                         * @description 按钮类型（有子菜单的一级菜单不设）
                                         * @enum {string}
                                         */
                                        type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                        /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                        url?: string;
                                    }[];
                                    /**
                                     * @description 按钮类型（有子菜单的一级菜单不设）
                                     * @enum {string}
                                     */
                                    type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                    /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                    url?: string;
                                }[];
                            } | null;
                            /** @description 草稿不符合微信规则之处；非空时不能发布 */
                            problems: {
                                message: string;
                                path: (string | number)[];
                            }[];
                            unpublishedChanges: boolean;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/post/wechat_menus_by_appId_publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            appId: string;
                            draft: {
                                button: {
                                    /** @description miniprogram：小程序 AppID */
                                    appid?: string;
                                    /** @description article_id / article_view_limited */
                                    article_id?: string;
                                    /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                    key?: string;
                                    /** @description media_id / view_limited */
                                    media_id?: string;
                                    /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                    name: string;
                                    /** @description miniprogram：页面路径 */
                                    pagepath?: string;
                                    sub_button?: {
                                        /** @description miniprogram：小程序 AppID */
                                        appid?: string;
                                        /** @description article_id / article_view_limited */
                                        article_id?: string;
                                        /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                        key?: string;
                                        /** @description media_id / view_limited */
                                        media_id?: string;
                                        /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                        name: string;
                                        /** @description miniprogram：页面路径 */
                                        pagepath?: string;
                                        /**
                                         * @description 按钮类型（有子菜单的一级菜单不设）
                                         * @enum {string}
                                         */
                                        type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                        /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                        url?: string;
                                    }[];
                                    /**
                                     * @description 按钮类型（有子菜单的一级菜单不设）
                                     * @enum {string}
                                     */
                                    type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                    /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                    url?: string;
                                }[];
                            };
                            draftUpdatedAt: string | null;
                            draftUpdatedBy: string | null;
                            lastError: {
                                /** @enum {string} */
                                action: "publish" | "pull";
                                at: string;
                                by: string;
                                errcode: number | null;
                                errmsg: string | null;
                                message: string;
                            } | null;
                            lastPublishedAt: string | null;
                            lastPublishedBy: string | null;
                            lastPulledAt: string | null;
                            /** @description 线上菜单（上次发布或拉取的结果）；null 为从未发布或拉取 */
                            live: {
                                button: {
                                    /** @description miniprogram：小程序 AppID */
                                    appid?: string;
                                    /** @description article_id / article_view_limited */
                                    article_id?: string;
                                    /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                    key?: string;
                                    /** @description media_id / view_limited */
                                    media_id?: string;
                                    /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                    name: string;
                                    /** @description miniprogram：页面路径 */
                                    pagepath?: string;
                                    sub_button?: {
                                        /** @description miniprogram：小程序 AppID */
                                        appid?: string;
                                        /** @description article_id / article_view_limited */
                                        article_id?: string;
                                        /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                        key?: string;
                                        /** @description media_id / view_limited */
                                        media_id?: string;
                                        /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                        name: string;
                                        /** @description miniprogram：页面路径 */
                                        pagepath?: string;
                                        /**
                                         * @description 按钮类型（有子菜单的一级菜单不设）
                                         * @enum {string}
                                         */
                                        type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                        /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                        url?: string;
                                    }[];
                                    /**
                                     * @description 按钮类型（有子菜单的一级菜单不设）
                                     * @enum {string}
                                     */
                                    type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                    /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                    url?: string;
                                }[];
                            } | null;
                            /** @description 草稿不符合微信规则之处；非空时不能发布 */
                            problems: {
                                message: string;
                                path: (string | number)[];
                            }[];
                            unpublishedChanges: boolean;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：MenuRejected */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "MenuRejected";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WeChatUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WeChatUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wechat/post/wechat_menus_by_appId_pull": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description 用线上菜单覆盖草稿 */
                    replaceDraft?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            appId: string;
                            draft: {
                                button: {
                                    /** @description miniprogram：小程序 AppID */
                                    appid?: string;
                                    /** @description article_id / article_view_limited */
                                    article_id?: string;
                                    /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                    key?: string;
                                    /** @description media_id / view_limited */
                                    media_id?: string;
                                    /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                    name: string;
                                    /** @description miniprogram：页面路径 */
                                    pagepath?: string;
                                    sub_button?: {
                                        /** @description miniprogram：小程序 AppID */
                                        appid?: string;
                                        /** @description article_id / article_view_limited */
                                        article_id?: string;
                                        /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                        key?: string;
                                        /** @description media_id / view_limited */
                                        media_id?: string;
                                        /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                        name: string;
                                        /** @description miniprogram：页面路径 */
                                        pagepath?: string;
                                        /**
                                         * @description 按钮类型（有子菜单的一级菜单不设）
                                         * @enum {string}
                                         */
                                        type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                        /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                        url?: string;
                                    }[];
                                    /**
                                     * @description 按钮类型（有子菜单的一级菜单不设）
                                     * @enum {string}
                                     */
                                    type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                    /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                    url?: string;
                                }[];
                            };
                            draftUpdatedAt: string | null;
                            draftUpdatedBy: string | null;
                            lastError: {
                                /** @enum {string} */
                                action: "publish" | "pull";
                                at: string;
                                by: string;
                                errcode: number | null;
                                errmsg: string | null;
                                message: string;
                            } | null;
                            lastPublishedAt: string | null;
                            lastPublishedBy: string | null;
                            lastPulledAt: string | null;
                            /** @description 线上菜单（上次发布或拉取的结果）；null 为从未发布或拉取 */
                            live: {
                                button: {
                                    /** @description miniprogram：小程序 AppID */
                                    appid?: string;
                                    /** @description article_id / article_view_limited */
                                    article_id?: string;
                                    /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                    key?: string;
                                    /** @description media_id / view_limited */
                                    media_id?: string;
                                    /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                    name: string;
                                    /** @description miniprogram：页面路径 */
                                    pagepath?: string;
                                    sub_button?: {
                                        /** @description miniprogram：小程序 AppID */
                                        appid?: string;
                                        /** @description article_id / article_view_limited */
                                        article_id?: string;
                                        /** @description click 等事件类型的 KEY，≤ 128 字节 */
                                        key?: string;
                                        /** @description media_id / view_limited */
                                        media_id?: string;
                                        /** @description 名称：一级 ≤ 16 字节，子菜单 ≤ 60 字节 */
                                        name: string;
                                        /** @description miniprogram：页面路径 */
                                        pagepath?: string;
                                        /**
                                         * @description 按钮类型（有子菜单的一级菜单不设）
                                         * @enum {string}
                                         */
                                        type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                        /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                        url?: string;
                                    }[];
                                    /**
                                     * @description 按钮类型（有子菜单的一级菜单不设）
                                     * @enum {string}
                                     */
                                    type?: "click" | "view" | "miniprogram" | "scancode_push" | "scancode_waitmsg" | "pic_sysphoto" | "pic_photo_or_album" | "pic_weixin" | "location_select" | "media_id" | "view_limited" | "article_id" | "article_view_limited";
                                    /** @description view / miniprogram 的网页，http(s)，≤ 1024 字节 */
                                    url?: string;
                                }[];
                            } | null;
                            /** @description 草稿不符合微信规则之处；非空时不能发布 */
                            problems: {
                                message: string;
                                path: (string | number)[];
                            }[];
                            unpublishedChanges: boolean;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WeChatUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WeChatUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wechat/get/wechat_menus_by_appId_replies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            contentType: string;
                            documentId: string;
                            enabled: boolean;
                            id: number;
                            keywords: string[];
                            matchType: string;
                            name: string;
                            preview: string;
                        }[];
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/post/wechat_miniprogram_login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appId?: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：InvalidCode | ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidCode" | "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WeChatUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WeChatUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wechat/get/wechat_oauth_authorize_url": {
        parameters: {
            query: {
                appId?: string;
                redirect: string;
                scope?: "snsapi_base" | "snsapi_userinfo";
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        url: string;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/post/wechat_oauth_login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appId?: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：InvalidCode | ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidCode" | "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WeChatUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WeChatUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wechat/get/wechat_tags": {
        parameters: {
            query?: {
                appId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/post/wechat_tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    appId?: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：TagNameTaken | TagNameTooLong | TooManyTags */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "TagNameTaken" | "TagNameTooLong" | "TooManyTags";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WeChatUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WeChatUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wechat/put/wechat_tags_by_tagId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    appId?: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：ReservedTag | TagNameTaken | TagNameTooLong */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ReservedTag" | "TagNameTaken" | "TagNameTooLong";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WeChatUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WeChatUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wechat/delete/wechat_tags_by_tagId": {
        parameters: {
            query?: {
                appId?: string;
            };
            header?: never;
            path: {
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：ReservedTag | TagTooLarge */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ReservedTag" | "TagTooLarge";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WeChatUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WeChatUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wechat/post/wechat_tags_by_tagId_fans": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action?: "tag" | "untag";
                    appId?: string;
                    openids: string[];
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：ReservedTag | TooManyTagsOnFan | UnknownOpenid */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ReservedTag" | "TooManyTagsOnFan" | "UnknownOpenid";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WeChatUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WeChatUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wechat/post/wechat_tags_pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    appId?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WeChatUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WeChatUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wechat/get/wechat_template_sends": {
        parameters: {
            query?: {
                page?: string;
                pageSize?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                        meta: {
                            pagination: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/post/wechat_template_sends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appId?: string;
                    /** @default {} */
                    data?: {
                        [key: string]: string | {
                            color?: string;
                            value: string;
                        };
                    };
                    idempotencyKey?: string;
                    miniprogram?: {
                        appid: string;
                        pagepath?: string;
                    };
                    openid?: string;
                    /** Format: date-time */
                    scheduledAt?: string;
                    tagId?: number;
                    /** @enum {string} */
                    target: "one" | "tag" | "all";
                    templateId: string;
                    /** Format: uri */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 成功 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：TemplateNotFound */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "TemplateNotFound";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/get/wechat_template_sends_by_documentId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/get/wechat_templates": {
        parameters: {
            query?: {
                appId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wechat/post/wechat_templates_sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appId?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 业务规则拒绝（error.name 说明原因）：NotOfficialAccount */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotOfficialAccount";
                            /** @constant */
                            status?: 409;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WeChatUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WeChatUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wecom/get/wecom_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            code: string;
                            /** @enum {string} */
                            kind: "wecom-app" | "wecom-robot";
                            lastError: {
                                at: string;
                                errcode: number | null;
                                message: string;
                            } | null;
                            lastHeartbeatAt: string | null;
                            /** @description 本次在线的秒数，不在线时为 0 */
                            onlineSeconds: number;
                            /** @enum {string} */
                            status: "created" | "verifying" | "online" | "error" | "recovering" | "offline";
                        }[];
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidKey | InvalidSignature | ReplayedNonce | StaleTimestamp | UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidKey" | "InvalidSignature" | "ReplayedNonce" | "StaleTimestamp" | "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError | TenantSuspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError" | "TenantSuspended";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/get/wecom_accounts_by_code_status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 账号编码 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 企业微信发送账号 */
                        data: {
                            code: string;
                            /** @enum {string} */
                            kind: "wecom-app" | "wecom-robot";
                            lastError: {
                                at: string;
                                errcode: number | null;
                                message: string;
                            } | null;
                            lastHeartbeatAt: string | null;
                            /** @description 本次在线的秒数，不在线时为 0 */
                            onlineSeconds: number;
                            /** @enum {string} */
                            status: "created" | "verifying" | "online" | "error" | "recovering" | "offline";
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidKey | InvalidSignature | ReplayedNonce | StaleTimestamp | UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidKey" | "InvalidSignature" | "ReplayedNonce" | "StaleTimestamp" | "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | PolicyError | TenantSuspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "PolicyError" | "TenantSuspended";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/get/wecom_callback_by_corpId": {
        parameters: {
            query: {
                /** @description 加密的随机串 */
                echostr: string;
                /** @description sha1(sort(token, timestamp, nonce, 密文)) */
                msg_signature: string;
                nonce: string;
                timestamp: string;
            };
            header?: never;
            path: {
                /** @description 企业 CorpID */
                corpId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 签名正确：解密后的 echostr 明文 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidSignature | StaleTimestamp */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidSignature" | "StaleTimestamp";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFound | NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFound" | "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/post/wecom_callback_by_corpId": {
        parameters: {
            query: {
                /** @description sha1(sort(token, timestamp, nonce, 密文)) */
                msg_signature: string;
                nonce: string;
                timestamp: string;
            };
            header?: never;
            path: {
                /** @description 企业 CorpID */
                corpId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/xml": string;
            };
        };
        responses: {
            /** @description 已处理：success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：InvalidXml | ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidXml" | "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：InvalidSignature | ReplayedRequest | StaleTimestamp */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidSignature" | "ReplayedRequest" | "StaleTimestamp";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFound | NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFound" | "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求体过大：PayloadTooLarge */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "PayloadTooLarge";
                            /** @constant */
                            status?: 413;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/get/wecom_employee_group_stats": {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            days: {
                                /** @description 客户群总数 */
                                chatTotal: number;
                                /** @description YYYY-MM-DD（北京时间） */
                                day: string;
                                /** @description 群成员总数 */
                                memberTotal: number;
                                /** @description 群消息数 */
                                msgTotal: number;
                                /** @description 新增客户群 */
                                newChatCnt: number;
                                /** @description 新增群成员 */
                                newMemberCnt: number;
                            }[];
                            from: string;
                            to: string;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | NotAnEmployee | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "NotAnEmployee" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/get/wecom_employee_groups": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            chatId: string;
                            createTime: string | null;
                            /** @description 在群人数 */
                            memberCount: number;
                            name: string | null;
                            /** @description 群公告 */
                            notice: string | null;
                        }[];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | NotAnEmployee | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "NotAnEmployee" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/get/wecom_employee_groups_by_chatId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 客户群 ID */
                chatId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 客户群 */
                        data: {
                            chatId: string;
                            createTime: string | null;
                            /** @description 在群人数 */
                            memberCount: number;
                            members: {
                                joinTime: string | null;
                                memberId: string;
                                name: string | null;
                                /** @enum {string} */
                                type: "member" | "customer";
                            }[];
                            name: string | null;
                            /** @description 群公告 */
                            notice: string | null;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | NotAnEmployee | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "NotAnEmployee" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/get/wecom_employee_me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 通讯录成员详情 */
                        data: {
                            alias: string | null;
                            corpId: string;
                            corpName: string;
                            /** @description 所在部门 */
                            departments: {
                                id: number;
                                name: string;
                            }[];
                            email: string | null;
                            /** @description 企业微信的性别：1 男，2 女，0 未定义 */
                            gender: string | null;
                            /** @description 主部门 */
                            mainDepartment: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description 手机号（脱敏，如 138****1234） */
                            mobile: string | null;
                            name: string;
                            /** @description 职务 */
                            position: string | null;
                            /** @description 企业微信的成员状态：1 已激活，2 已禁用，4 未激活 */
                            status: number | null;
                            userid: string;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | NotAnEmployee | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "NotAnEmployee" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/get/wecom_employee_members": {
        parameters: {
            query?: {
                department?: number;
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description 所在部门 */
                            departments: {
                                id: number;
                                name: string;
                            }[];
                            name: string;
                            /** @description 职务 */
                            position: string | null;
                            userid: string;
                        }[];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | NotAnEmployee | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "NotAnEmployee" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/get/wecom_employee_members_by_userid": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 成员 UserID */
                userid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 通讯录成员详情 */
                        data: {
                            alias: string | null;
                            /** @description 所在部门 */
                            departments: {
                                id: number;
                                name: string;
                            }[];
                            email: string | null;
                            /** @description 企业微信的性别：1 男，2 女，0 未定义 */
                            gender: string | null;
                            /** @description 主部门 */
                            mainDepartment: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description 手机号（脱敏，如 138****1234） */
                            mobile: string | null;
                            name: string;
                            /** @description 职务 */
                            position: string | null;
                            /** @description 企业微信的成员状态：1 已激活，2 已禁用，4 未激活 */
                            status: number | null;
                            userid: string;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | NotAnEmployee | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "NotAnEmployee" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/get/wecom_employee_robots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description 仅可配置的成员可见 */
                            allowedTypes?: string[];
                            /** @description 管理员是否允许我配置 */
                            canConfigure: boolean;
                            chatName: string | null;
                            code: string;
                            name: string;
                            /** @description 仅可配置的成员可见 */
                            remark?: string | null;
                            textAllowed: boolean;
                        }[];
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | NotAnEmployee | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "NotAnEmployee" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/put/wecom_employee_robots_by_code": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 机器人编码 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    allowedTypes?: ("text" | "markdown" | "image" | "news" | "file")[];
                    name?: string;
                    remark?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description 仅可配置的成员可见 */
                            allowedTypes?: string[];
                            /** @description 管理员是否允许我配置 */
                            canConfigure: boolean;
                            chatName: string | null;
                            code: string;
                            name: string;
                            /** @description 仅可配置的成员可见 */
                            remark?: string | null;
                            textAllowed: boolean;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | NotARobotEditor | NotAnEmployee | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "NotARobotEditor" | "NotAnEmployee" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/post/wecom_employee_robots_by_code_messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 机器人编码 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            documentId: string;
                            status: string;
                        };
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 未登录或凭证无效：UnauthorizedError */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "UnauthorizedError";
                            /** @constant */
                            status?: 401;
                        };
                    };
                };
            };
            /** @description 无权访问：ForbiddenError | NotAnEmployee | PolicyError */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ForbiddenError" | "NotAnEmployee" | "PolicyError";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "wecom/post/wecom_login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agentId?: number;
                    code: string;
                    corpId?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description users-permissions JWT：之后放在 Authorization: Bearer 中 */
                        jwt: string;
                        user: {
                            id: number;
                            username: string;
                        };
                        /** @description 企业微信成员 UserID */
                        userid: string;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：InvalidCode | ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "InvalidCode" | "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 无权访问：NotAMember */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotAMember";
                            /** @constant */
                            status?: 403;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description 上游（微信等）暂不可用：WecomUnavailable */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "WecomUnavailable";
                            /** @constant */
                            status?: 502;
                        };
                    };
                };
            };
        };
    };
    "wecom/get/wecom_login_url": {
        parameters: {
            query: {
                agentId?: number;
                corpId?: string;
                redirect: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        url: string;
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "zone/get/zones": {
        parameters: {
            query?: {
                _q?: string;
                fields?: ("name" | "code" | "strategy" | "tag" | "homepageCount" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                "pagination[limit]"?: number;
                "pagination[page]"?: number;
                "pagination[pageSize]"?: number;
                "pagination[start]"?: number;
                "pagination[withCount]"?: boolean;
                populate?: "*" | ("goods" | "category") | ("goods" | "category")[];
                sort?: ("name" | "code" | "strategy" | "tag" | "homepageCount" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt") | ("name" | "code" | "strategy" | "tag" | "homepageCount" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description A relational field */
                            category?: components["schemas"]["ApiCategoryCategoryDocument"];
                            /** @description A string field */
                            code: string;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            /**
                             * @description An integer field
                             * @default 3
                             */
                            homepageCount: number;
                            id: string | number;
                            /** @description A string field */
                            name: string;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /**
                             * @description An enum field
                             * @default manual
                             * @enum {string}
                             */
                            strategy: "manual" | "by-discount" | "by-sales" | "by-category" | "by-tag";
                            /** @description A string field */
                            tag?: string;
                            /** @description A datetime field */
                            updatedAt?: string;
                        }[];
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "zone/post/zones": {
        parameters: {
            query?: {
                fields?: ("name" | "code" | "strategy" | "tag" | "homepageCount" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[];
                populate?: "*" | ("goods" | "category") | ("goods" | "category")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    data: {
                        /**
                         * Format: uuid
                         * @description A relational field
                         */
                        category?: string;
                        /** @description A string field */
                        code: string;
                        /**
                         * @description A boolean field
                         * @default true
                         */
                        enabled: ("0" | "1" | "t" | "true" | "f" | "false") | null;
                        /** @description A relational field */
                        goods?: string[];
                        /**
                         * @description A float field
                         * @default 3
                         */
                        homepageCount: number;
                        /** @description A string field */
                        name: string;
                        /** @description A datetime field */
                        publishedAt: string;
                        /**
                         * @description A float field
                         * @default 0
                         */
                        sort: number;
                        /**
                         * @description An enum field
                         * @default manual
                         * @enum {string}
                         */
                        strategy: "manual" | "by-discount" | "by-sales" | "by-category" | "by-tag";
                        /** @description A string field */
                        tag?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description A relational field */
                            category?: components["schemas"]["ApiCategoryCategoryDocument"];
                            /** @description A string field */
                            code: string;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            /**
                             * @description An integer field
                             * @default 3
                             */
                            homepageCount: number;
                            id: string | number;
                            /** @description A string field */
                            name: string;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /**
                             * @description An enum field
                             * @default manual
                             * @enum {string}
                             */
                            strategy: "manual" | "by-discount" | "by-sales" | "by-category" | "by-tag";
                            /** @description A string field */
                            tag?: string;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "zone/get/zones_by_code_goods": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                sort?: "sales:desc" | "pointsPrice:asc" | "pointsPrice:desc" | "newest";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["GoodCard"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "zone/post/zones_by_code_view": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 参数错误（details.errors 逐个字段说明）：ValidationError */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "ValidationError";
                            /** @constant */
                            status?: 400;
                        };
                    };
                };
            };
            /** @description 不存在（或不属于当前用户）：NotFoundError */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "NotFoundError";
                            /** @constant */
                            status?: 404;
                        };
                    };
                };
            };
            /** @description 请求过于频繁：RateLimitError */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"] & {
                        error?: {
                            /** @enum {unknown} */
                            name?: "RateLimitError";
                            /** @constant */
                            status?: 429;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "zone/get/zones_by_id": {
        parameters: {
            query?: {
                fields?: ("name" | "code" | "strategy" | "tag" | "homepageCount" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                populate?: "*" | ("goods" | "category") | ("goods" | "category")[];
                sort?: ("name" | "code" | "strategy" | "tag" | "homepageCount" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt") | ("name" | "code" | "strategy" | "tag" | "homepageCount" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[] | {
                    [key: string]: "asc" | "desc";
                } | {
                    [key: string]: "asc" | "desc";
                }[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description A relational field */
                            category?: components["schemas"]["ApiCategoryCategoryDocument"];
                            /** @description A string field */
                            code: string;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            /**
                             * @description An integer field
                             * @default 3
                             */
                            homepageCount: number;
                            id: string | number;
                            /** @description A string field */
                            name: string;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /**
                             * @description An enum field
                             * @default manual
                             * @enum {string}
                             */
                            strategy: "manual" | "by-discount" | "by-sales" | "by-category" | "by-tag";
                            /** @description A string field */
                            tag?: string;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "zone/put/zones_by_id": {
        parameters: {
            query?: {
                fields?: ("name" | "code" | "strategy" | "tag" | "homepageCount" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[];
                populate?: "*" | ("goods" | "category") | ("goods" | "category")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    data: {
                        /**
                         * Format: uuid
                         * @description A relational field
                         */
                        category?: string;
                        /** @description A string field */
                        code?: string;
                        /**
                         * @description A boolean field
                         * @default true
                         */
                        enabled?: ("0" | "1" | "t" | "true" | "f" | "false") | null;
                        /** @description A relational field */
                        goods?: string[];
                        /**
                         * @description A float field
                         * @default 3
                         */
                        homepageCount?: number;
                        /** @description A string field */
                        name?: string;
                        /** @description A datetime field */
                        publishedAt?: string;
                        /**
                         * @description A float field
                         * @default 0
                         */
                        sort?: number;
                        /**
                         * @description An enum field
                         * @default manual
                         * @enum {string}
                         */
                        strategy?: "manual" | "by-discount" | "by-sales" | "by-category" | "by-tag";
                        /** @description A string field */
                        tag?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description A relational field */
                            category?: components["schemas"]["ApiCategoryCategoryDocument"];
                            /** @description A string field */
                            code: string;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            /**
                             * @description An integer field
                             * @default 3
                             */
                            homepageCount: number;
                            id: string | number;
                            /** @description A string field */
                            name: string;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /**
                             * @description An enum field
                             * @default manual
                             * @enum {string}
                             */
                            strategy: "manual" | "by-discount" | "by-sales" | "by-category" | "by-tag";
                            /** @description A string field */
                            tag?: string;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "zone/delete/zones_by_id": {
        parameters: {
            query?: {
                fields?: ("name" | "code" | "strategy" | "tag" | "homepageCount" | "sort" | "enabled" | "createdAt" | "updatedAt" | "publishedAt")[];
                filters?: {
                    [key: string]: unknown;
                };
                populate?: "*" | ("goods" | "category") | ("goods" | "category")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description A relational field */
                            category?: components["schemas"]["ApiCategoryCategoryDocument"];
                            /** @description A string field */
                            code: string;
                            /** @description A datetime field */
                            createdAt?: string;
                            /**
                             * Format: uuid
                             * @description The document ID, represented by a UUID
                             */
                            documentId: string;
                            /**
                             * @description A boolean field
                             * @default true
                             */
                            enabled: boolean | null;
                            /** @description A relational field */
                            goods?: components["schemas"]["ApiGoodGoodDocument"][];
                            /**
                             * @description An integer field
                             * @default 3
                             */
                            homepageCount: number;
                            id: string | number;
                            /** @description A string field */
                            name: string;
                            /** @description A datetime field */
                            publishedAt: string;
                            /**
                             * @description An integer field
                             * @default 0
                             */
                            sort: number;
                            /**
                             * @description An enum field
                             * @default manual
                             * @enum {string}
                             */
                            strategy: "manual" | "by-discount" | "by-sales" | "by-category" | "by-tag";
                            /** @description A string field */
                            tag?: string;
                            /** @description A datetime field */
                            updatedAt?: string;
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}
