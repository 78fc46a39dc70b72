import { searchEngineKinds } from '../../../../src/main/search/worker/searchEngineKinds';
import { flexSearchEngine } from '../../../../src/main/search/engine/flexSearchEngine';
import { describeSearchEngine } from './searchEngineSuite';

describeSearchEngine(flexSearchEngine, searchEngineKinds);
