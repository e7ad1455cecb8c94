import { Box, Flex, LinkButton, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';

/**
 * 接口文档: the CMS's /docs (Swagger UI on /openapi.json) inside the admin, with a link to open it
 * on its own. The document is public; the page needs no permission of its own.
 */
const ApiDocs = () => (
  <Page.Main>
    <Page.Title>接口文档</Page.Title>
    <Layouts.Header
      title="接口文档"
      subtitle="H5、小程序与对接系统调用的全部接口：参数、请求体、响应结构、错误名称与认证方式，可直接「试一试」"
      primaryAction={
        <Flex gap={2}>
          <LinkButton href="/openapi.json" target="_blank" variant="tertiary">
            下载 openapi.json
          </LinkButton>
          <LinkButton href="/docs" target="_blank">
            在新窗口打开
          </LinkButton>
        </Flex>
      }
    />
    <Layouts.Content>
      <Box background="neutral0" hasRadius shadow="tableShadow">
        <iframe title="接口文档" src="/docs" style={{ width: '100%', height: 'calc(100vh - 220px)', border: 0 }} />
      </Box>
      <Box paddingTop={2}>
        <Typography variant="pi" textColor="neutral600">
          文档由代码中的路由说明生成（npm run openapi），与接口实际返回保持一致。
        </Typography>
      </Box>
    </Layouts.Content>
  </Page.Main>
);

export default ApiDocs;
